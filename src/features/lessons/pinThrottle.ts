/**
 * Wrong PINs on the classroom computer are throttled per student, in this
 * browser's storage so a reload does not reset it: after 3 wrong tries in a
 * row the student waits 30 s, doubling with each further wrong try.
 */
const KEY = 'xiaoan.pinThrottle';
const FREE_TRIES = 3;
const BASE_WAIT_MS = 30_000;

interface Entry {
  fails: number;
  until: number;
}

function load(): Record<string, Entry> {
  try {
    return JSON.parse(localStorage.getItem(KEY) ?? '{}') as Record<string, Entry>;
  } catch {
    return {};
  }
}

function save(all: Record<string, Entry>): void {
  localStorage.setItem(KEY, JSON.stringify(all));
}

/** Milliseconds the student must still wait before the next try (0 = may try). */
export function waitFor(studentId: string, now = Date.now()): number {
  return Math.max(0, (load()[studentId]?.until ?? 0) - now);
}

export function recordFailure(studentId: string, now = Date.now()): void {
  const all = load();
  const fails = (all[studentId]?.fails ?? 0) + 1;
  const until = fails >= FREE_TRIES ? now + BASE_WAIT_MS * 2 ** (fails - FREE_TRIES) : 0;
  all[studentId] = { fails, until };
  save(all);
}

export function recordSuccess(studentId: string): void {
  const all = load();
  delete all[studentId];
  save(all);
}
