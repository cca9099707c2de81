import { firstValueFrom } from 'rxjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAccount } from '@/db/repositories/accounts';
import { forgetUsedInitialPasswords, initialPasswords$, rememberInitialPasswords } from '@/db/repositories/initialPasswords';
import { createRosterFixture, type RosterFixture } from './support/rosterFixture';

let f: RosterFixture;
beforeEach(async () => {
  f = await createRosterFixture();
});
afterEach(async () => {
  await f.db.close();
});

const stored = () => firstValueFrom(initialPasswords$(f.db));

describe('initial passwords on the device that set them', () => {
  it('keeps the password of an account opened here, even once the document no longer carries it', async () => {
    const account = await createAccount(f.ctx, { role: 'classroom', unit: f.school, displayName: '一班电脑', requestedUsername: 'room1' });
    expect(await stored()).toEqual({ [account.id]: account.initialPassword });
    // The server's copy comes back without the password (it is never stored there).
    const doc = await f.db.accounts.findOne(account.id).exec();
    await doc?.incrementalPatch({ initialPassword: '', username: 'room1', status: 'active' });
    expect((await stored())[account.id]).toBe(account.initialPassword);
  });

  it('forgets a password once its account has changed it, and only then', async () => {
    const first = await createAccount(f.ctx, { role: 'classroom', unit: f.school, displayName: '一班电脑', requestedUsername: 'room1' });
    const second = await createAccount(f.ctx, { role: 'classroom', unit: f.school, displayName: '二班电脑', requestedUsername: 'room2' });
    await rememberInitialPasswords(f.db, { 'acc-reset-elsewhere': 'Reset-pass-1234' });
    await (await f.db.accounts.findOne(first.id).exec())?.incrementalPatch({ mustChangePassword: false });
    expect(await forgetUsedInitialPasswords(f.db)).toBe(1);
    expect(await stored()).toEqual({ [second.id]: second.initialPassword, 'acc-reset-elsewhere': 'Reset-pass-1234' });
  });
});
