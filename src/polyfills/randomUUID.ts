/**
 * `crypto.randomUUID()` (Chromium 92, and only in secure contexts) from
 * `crypto.getRandomValues()`, which every supported browser has: a version 4
 * UUID, 122 random bits, the same format the native one returns.
 */
type Uuid = ReturnType<Crypto['randomUUID']>;

export function randomUUIDFromBytes(bytes: Uint8Array): Uuid {
  const b = Uint8Array.from(bytes);
  b[6] = (b[6]! & 0x0f) | 0x40; // version 4
  b[8] = (b[8]! & 0x3f) | 0x80; // RFC 4122 variant
  const hex = Array.from(b, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

if (typeof globalThis.crypto.randomUUID !== 'function') {
  globalThis.crypto.randomUUID = () => randomUUIDFromBytes(globalThis.crypto.getRandomValues(new Uint8Array(16)));
}
