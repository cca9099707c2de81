/**
 * An expected "no" with a machine code and a reason in plain Chinese for
 * the person at the keyboard, the same shape as the server's per-row
 * refusals (`WriteDecision`).
 */
export interface Refusal {
  ok: false;
  code: string;
  reason: string;
}

export function refuse(code: string, reason: string): Refusal {
  return { ok: false, code, reason };
}
