/**
 * The verdict of a per-document rule the sync server runs on every pushed
 * document (the client runs the same rules in its forms and repositories).
 * `code` is stable snake_case for logs and tests; `reason` is plain Chinese
 * for the person at the keyboard. Same shape as the permission checks'
 * `WriteDecision`, so the server reports both alike.
 */
export type DocCheck = { ok: true } | { ok: false; code: string; reason: string };

export const DOC_OK: DocCheck = { ok: true };

export function refuseDoc(code: string, reason: string): DocCheck {
  return { ok: false, code, reason };
}

