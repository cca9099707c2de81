/**
 * Cryptographic randomness drawn in bulk. generateInitialPassword takes
 * ten draws per password; calling crypto.getRandomValues for each draw
 * costs about 40 ms per 1,000 accounts in Node, one bulk fill per 4,096
 * draws almost nothing. Same source (the platform CSPRNG), never Math.random.
 */
const BATCH = 4096;

export function bufferedCryptoRandom(): () => number {
  const buffer = new Uint32Array(BATCH);
  let next = BATCH;
  return () => {
    if (next === BATCH) {
      globalThis.crypto.getRandomValues(buffer);
      next = 0;
    }
    return (buffer[next++] ?? 0) / 0x1_0000_0000;
  };
}
