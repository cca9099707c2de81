import type { StudentPinData } from './records';

/**
 * Students' 4-digit sign-in PINs for the classroom computer, kept as salted
 * PBKDF2-SHA256 hashes in `student_pin` records (WebCrypto, present in the
 * browser and in Node). Verification is local, so it works offline.
 */
export const PIN_PATTERN = /^\d{4}$/;
const ITERATIONS = 20_000;

const hex = (bytes: ArrayBuffer | Uint8Array) =>
  Array.from(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes), (b) => b.toString(16).padStart(2, '0')).join('');

function fromHex(text: string): Uint8Array<ArrayBuffer> {
  return new Uint8Array((text.match(/../g) ?? []).map((pair) => parseInt(pair, 16)));
}

/** The salted hash of a secret (a PIN, a picture sequence's text form). */
export async function derive(pin: string, salt: Uint8Array<ArrayBuffer>): Promise<string> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations: ITERATIONS }, key, 256);
  return hex(bits);
}

/** A fresh salt and the hash of `secret` under it. */
export async function saltedHash(secret: string): Promise<{ salt: string; hash: string }> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  return { salt: hex(salt), hash: await derive(secret, salt) };
}

export async function matchesSaltedHash(secret: string, stored: { salt: string; hash: string }): Promise<boolean> {
  return (await derive(secret, fromHex(stored.salt))) === stored.hash;
}

export async function hashPin(pin: string): Promise<StudentPinData> {
  if (!PIN_PATTERN.test(pin)) throw new Error('a PIN is four digits');
  return saltedHash(pin);
}

export async function verifyPin(pin: string, stored: StudentPinData): Promise<boolean> {
  return PIN_PATTERN.test(pin) && matchesSaltedHash(pin, stored);
}

/** A random PIN for a printed card; never 0000-like repeats. */
export function randomPin(): string {
  for (;;) {
    const [n = 0] = crypto.getRandomValues(new Uint32Array(1));
    const pin = String(n % 10_000).padStart(4, '0');
    if (new Set(pin).size > 1) return pin;
  }
}

/** The id of a student's PIN record: one per student, replaced when the teacher resets it. */
export const pinRecordId = (studentId: string) => `pin-${studentId}`;
