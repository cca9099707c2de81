import { map, type Observable } from 'rxjs';
import type { AccountDoc } from '@/domain/schemas';
import type { XiaoanDatabase } from '../types';

/**
 * Initial passwords, kept on the device of whoever set them and nowhere
 * else. An account's first password travels once, in the account document
 * pushed to the server, which hashes it and never stores or sends it on;
 * the document pulled back carries none. Peers and administrators above
 * never see it. The slips and account lists of the device that opened the
 * accounts (or reset a password) read it from here — until its first use:
 * once an account has changed its password, its entry is dropped.
 *
 * One local document (RxDB local documents are never replicated), a map
 * account id → password: a 10,000-student import is one write.
 */
const KEY = 'initial-passwords';

type PasswordMap = Record<string, string>;

async function read(db: XiaoanDatabase): Promise<PasswordMap> {
  const doc = await db.getLocal<{ passwords: PasswordMap }>(KEY);
  return { ...(doc?.get('passwords') as PasswordMap | undefined) };
}

async function write(db: XiaoanDatabase, passwords: PasswordMap): Promise<void> {
  await db.upsertLocal<{ passwords: PasswordMap }>(KEY, { passwords });
}

/** Keep the passwords of accounts this device has just opened or reset. */
export async function rememberInitialPasswords(db: XiaoanDatabase, entries: Readonly<PasswordMap>): Promise<void> {
  if (!Object.keys(entries).length) return;
  await write(db, { ...(await read(db)), ...entries });
}

/** The initial passwords of accounts opened with a password (the import's, the account dialog's). */
export function initialPasswordsOfAccounts(accounts: readonly Pick<AccountDoc, 'id' | 'initialPassword'>[]): PasswordMap {
  return Object.fromEntries(accounts.filter((a) => a.initialPassword).map((a) => [a.id, a.initialPassword]));
}

/** The passwords this device holds, live. */
export function initialPasswords$(db: XiaoanDatabase): Observable<PasswordMap> {
  return db.getLocal$<{ passwords: PasswordMap }>(KEY).pipe(map((doc) => ({ ...(doc?.get('passwords') as PasswordMap | undefined) })));
}

/**
 * Drop the passwords that are no longer initial: accounts that changed
 * their password (mustChangePassword false on the server's copy), were
 * disabled or deleted. Run when the user's database opens.
 */
export async function forgetUsedInitialPasswords(db: XiaoanDatabase): Promise<number> {
  const passwords = await read(db);
  const ids = Object.keys(passwords);
  if (!ids.length) return 0;
  const accounts = await db.accounts.findByIds(ids).exec();
  const used = ids.filter((id) => {
    const account = accounts.get(id);
    return account && (!account.mustChangePassword || account.status === 'disabled' || account.deleted);
  });
  for (const id of used) delete passwords[id];
  if (used.length) await write(db, passwords);
  return used.length;
}
