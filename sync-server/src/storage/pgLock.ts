/**
 * A lock one process holds for as long as it lives (PostgreSQL session
 * advisory lock on a dedicated connection): the statistics rollups run in
 * the one process that holds it. If the process dies or its connection
 * drops, PostgreSQL releases the lock and another process's next attempt
 * gets it; the holder is told (`onLost`) so it stops acting as the owner.
 */
import { createHash } from 'node:crypto';
import pg from 'pg';
import type { OwnedLock } from './types';

/** A stable 63-bit key per lock name (advisory locks are keyed by a bigint). */
function keyOf(name: string): string {
  return BigInt.asIntN(64, BigInt(`0x${createHash('sha256').update(`xiaoan:${name}`).digest('hex').slice(0, 16)}`)).toString();
}

export async function tryAdvisoryLock(connectionString: string, name: string, onLost: () => void): Promise<OwnedLock | undefined> {
  const client = new pg.Client({ connectionString });
  let released = false;
  const lost = () => {
    if (released) return;
    released = true;
    onLost();
  };
  client.on('error', lost);
  client.on('end', lost);
  await client.connect();
  try {
    const { rows } = await client.query<{ ok: boolean }>('SELECT pg_try_advisory_lock($1::bigint) AS ok', [keyOf(name)]);
    if (!rows[0]?.ok) {
      released = true;
      await client.end();
      return undefined;
    }
  } catch (error) {
    released = true;
    await client.end().catch(() => undefined);
    throw error;
  }
  return {
    release: async () => {
      released = true;
      // Closing the connection releases the lock.
      await client.end().catch(() => undefined);
    },
  };
}
