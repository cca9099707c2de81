/**
 * Initial passwords printed on account slips, and the weak-password rule
 * for password changes. The notice's shared initial password 123456 is
 * exactly what we must not issue.
 */

/** No look-alikes: 0/O/o, 1/l/I/i, and no 2/Z or 5/S pairs people misread on paper. */
const LETTERS = 'abcdefghjkmnpqrtuvwxyABCDEFGHJKLMNPQRTUVWXY';
const DIGITS = '346789';
export const PASSWORD_ALPHABET = LETTERS + DIGITS;
export const INITIAL_PASSWORD_LENGTH = 10;
export const MIN_PASSWORD_LENGTH = 8;

/** A uniform number in [0, 1) from the platform's CSPRNG. */
function cryptoRandom(): number {
  const buffer = new Uint32Array(1);
  globalThis.crypto.getRandomValues(buffer);
  return (buffer[0] ?? 0) / 0x1_0000_0000;
}

/** An index in [0, n), clamped in case a custom `random` returns 1. */
function randomIndex(n: number, random: () => number): number {
  return Math.min(n - 1, Math.max(0, Math.floor(random() * n)));
}

function pick(alphabet: string, random: () => number): string {
  return alphabet[randomIndex(alphabet.length, random)] ?? '';
}

/**
 * Ten characters from PASSWORD_ALPHABET with at least one letter and one
 * digit. `random` (returning [0, 1)) is for tests; the default is
 * crypto.getRandomValues, never Math.random.
 */
export function generateInitialPassword(random: () => number = cryptoRandom): string {
  const chars = Array.from({ length: INITIAL_PASSWORD_LENGTH }, () => pick(PASSWORD_ALPHABET, random));
  // All letters or all digits (about 1 in 4 draws): overwrite one random
  // position with the missing kind. Nine of the other kind remain.
  const hasDigit = chars.some((c) => DIGITS.includes(c));
  const hasLetter = chars.some((c) => LETTERS.includes(c));
  if (!hasDigit || !hasLetter) chars[randomIndex(chars.length, random)] = pick(hasDigit ? LETTERS : DIGITS, random);
  return chars.join('');
}

const COMMON_PASSWORDS = new Set([
  '123456', '1234567', '12345678', '123456789', '1234567890', '123123', '123321', '654321', '111111', '000000',
  '666666', '888888', '88888888', '66666666', '520520', '5201314', '1314520', 'password', 'password1', 'passw0rd',
  'qwerty', 'qwerty123', 'qwertyuiop', 'asdfgh', 'asdfghjkl', 'zxcvbnm', 'abc123', 'abc12345', 'a123456',
  'a12345678', 'aa123456', 'iloveyou', 'admin', 'admin123', 'admin888', 'root', 'woaini', 'woaini1314',
  'qq123456', '1q2w3e4r', '1qaz2wsx', 'zaq12wsx', 'welcome', 'letmein', 'xiaoan', 'xiaoan123',
]);

/** Each character one step up (or down) from the last: 123456, abcdef, 987654. */
function isSequence(text: string): boolean {
  if (text.length < 3) return false;
  const steps = new Set<number>();
  for (let i = 1; i < text.length; i++) steps.add(text.charCodeAt(i) - text.charCodeAt(i - 1));
  return steps.size === 1 && (steps.has(1) || steps.has(-1));
}

export function isWeakPassword(password: string): boolean {
  const lower = password.toLowerCase();
  if (password.length < MIN_PASSWORD_LENGTH) return true;
  if (/^(.)\1*$/.test(password)) return true;
  if (isSequence(lower)) return true;
  if (COMMON_PASSWORDS.has(lower)) return true;
  // Short all-digit passwords: birthdays and phone tails are guessed first.
  if (/^\d+$/.test(password) && password.length < 10) return true;
  return false;
}
