/** The answer of a write rule: allowed, or refused with a stable code and a reason in plain Chinese. */
export type WriteDecision = { ok: true } | { ok: false; code: string; reason: string };

export const OK: WriteDecision = { ok: true };

export function refuse(code: string, reason: string): WriteDecision {
  return { ok: false, code, reason };
}

/** The smallest document shape the rules need. */
export interface DocLike {
  id: string;
  orgPath: string;
  _deleted?: boolean;
  [field: string]: unknown;
}

/** Run checks in order; the first refusal wins. */
export function firstRefusal(...checks: (() => WriteDecision)[]): WriteDecision {
  for (const check of checks) {
    const decision = check();
    if (!decision.ok) return decision;
  }
  return OK;
}
