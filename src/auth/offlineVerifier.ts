/**
 * Offline sign-in: after a user's first online sign-in on a device we keep
 * a PBKDF2 verifier of the password (WebCrypto, never the password), so
 * the same user can sign in again on that device without a network.
 */
export interface PasswordVerifier {
  salt: string; // base64
  hash: string; // base64
  iterations: number;
}

// OWASP recommends 600,000 for PBKDF2-HMAC-SHA256; a classroom PC must still
// sign in within a second, and the verifier never leaves the device.
const ITERATIONS = 310_000;
const HASH_BITS = 256;

const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

async function derive(password: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(password), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
    key,
    HASH_BITS,
  );
  return new Uint8Array(bits);
}

export async function createVerifier(password: string, iterations = ITERATIONS): Promise<PasswordVerifier> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  return { salt: toBase64(salt), hash: toBase64(await derive(password, salt, iterations)), iterations };
}

/** Constant-time comparison of the derived key with the stored one. */
export async function checkVerifier(password: string, verifier: PasswordVerifier): Promise<boolean> {
  const expected = fromBase64(verifier.hash);
  const actual = await derive(password, fromBase64(verifier.salt), verifier.iterations);
  if (actual.length !== expected.length) return false;
  let diff = 0;
  for (let i = 0; i < actual.length; i++) diff |= (actual[i] ?? 0) ^ (expected[i] ?? 0);
  return diff === 0;
}
