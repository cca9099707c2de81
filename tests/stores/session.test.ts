// @vitest-environment happy-dom
// The session store over a real RxDB database (Dexie on fake-indexeddb, as
// in the app) and a fake server behind `fetch`.
import 'fake-indexeddb/auto';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '@/api/apiClient';
import { findDeviceAccount } from '@/auth/deviceAccounts';
import type { SessionUser } from '@/auth/sessionUser';
import { SignInError } from '@/auth/signIn';
import { createOrgUnit } from '@/db/repositories/orgs';
import { useSessionStore } from '@/stores/session';
import { useSyncStore } from '@/stores/sync';
import { idleSnapshot } from '@/sync/syncController';
import { fakeAuthServer, PASSWORD } from './support/fakeAuthServer';

let counter = 0;
function newUser(): SessionUser {
  counter += 1;
  return {
    id: `u-${Date.now()}-${counter}`,
    username: `admin${counter}`,
    displayName: '管理员',
    role: 'province_admin',
    orgId: '41',
    orgPath: '/41/',
    personId: '',
    mustChangePassword: false,
  };
}

let user: SessionUser;
let server: ReturnType<typeof fakeAuthServer>;
let session: ReturnType<typeof useSessionStore>;

beforeAll(() => {
  // vite.config.ts defines this for the app; RxDB dev-mode stays off in tests.
  (globalThis as Record<string, unknown>).__RXDB_DEV_MODE__ = false;
  // happy-dom's navigator.locks is null, which RxDB's leader election takes
  // for the Web Locks API; without it, it elects over BroadcastChannel.
  Object.defineProperty(navigator, 'locks', { value: undefined, configurable: true });
});

beforeEach(() => {
  localStorage.clear();
  user = newUser();
  server = fakeAuthServer([user]);
  vi.stubGlobal('fetch', server.fetch);
  setActivePinia(createPinia());
  session = useSessionStore();
});

afterEach(async () => {
  server.state.offline = false;
  server.state.holdPushes = false;
  server.state.held.splice(0).forEach((p) => p.acknowledge());
  if (session.user) await session.signOut({ removeData: true, force: true });
  vi.unstubAllGlobals();
});

/** Write something the server must receive: a province of the user's own. */
async function writeProvince(): Promise<void> {
  if (!session.db || !session.user) throw new Error('not signed in');
  await createOrgUnit({ db: session.db, actor: session.user.id }, { kind: 'province', name: '河南省', parent: null, regionCode: '41' });
}

describe('session store', { timeout: 30_000 }, () => {
  it('signs in online: opens the user’s own database, remembers the account for offline sign-in, starts syncing', async () => {
    await session.signIn(user.username, PASSWORD);
    expect(session.isSignedIn).toBe(true);
    expect(session.user).toEqual(user);
    expect(session.signedInOffline).toBe(false);
    expect(session.tokenRejected).toBe(false);
    expect(session.db?.name).toBe(`xiaoan-${user.id.toLowerCase()}`);
    expect(findDeviceAccount(user.username)?.token).toBe(session.token);
    const sync = useSyncStore();
    await vi.waitFor(() => expect(sync.snapshot.collections.length).toBeGreaterThan(0));
  });

  it('passes the server’s refusal on, and stays signed out', async () => {
    await expect(session.signIn(user.username, 'Wrong-Password-1')).rejects.toMatchObject({ status: 401 });
    await expect(session.signIn(user.username, 'Wrong-Password-1')).rejects.toBeInstanceOf(ApiError);
    expect(session.isSignedIn).toBe(false);
    expect(findDeviceAccount(user.username)).toBeUndefined();
  });

  it('needs the network for the first sign-in on a device', async () => {
    server.state.offline = true;
    await expect(session.signIn(user.username, PASSWORD)).rejects.toEqual(new SignInError('firstSignInNeedsNetwork'));
    expect(session.isSignedIn).toBe(false);
  });

  it('signs in offline against the device’s verifier, finds the data kept, and renews the token once online', async () => {
    await session.signIn(user.username, PASSWORD);
    await writeProvince();
    await vi.waitFor(() => expect(useSyncStore().pendingTotal).toBe(0), { timeout: 15_000 });
    await session.signOut({ removeData: false });
    expect(server.state.logouts).toBe(1);
    expect(session.isSignedIn).toBe(false);

    server.state.offline = true;
    await expect(session.signIn(user.username, 'Wrong-Password-1')).rejects.toEqual(new SignInError('wrongPassword'));
    await session.signIn(user.username, PASSWORD);
    expect(session.signedInOffline).toBe(true);
    // Signing out revoked the token: work goes on locally, sync waits for the network.
    expect(session.token).toBe('');
    expect(session.tokenRejected).toBe(true);
    expect(await session.db?.orgs.findOne('41').exec()).not.toBeNull();
    expect(useSyncStore().snapshot.collections).toEqual([]);

    server.state.offline = false;
    window.dispatchEvent(new Event('online'));
    await vi.waitFor(() => expect(session.tokenRejected).toBe(false));
    expect(session.token).toMatch(/^token-/);
    expect(session.signedInOffline).toBe(false);
    await vi.waitFor(() => expect(useSyncStore().snapshot.collections.length).toBeGreaterThan(0));
  });

  it('refuses to remove the data while changes wait to be uploaded, and keeps it on request', async () => {
    await session.signIn(user.username, PASSWORD);
    server.state.holdPushes = true;
    await writeProvince();
    await vi.waitFor(() => expect(useSyncStore().pendingTotal).toBeGreaterThan(0), { timeout: 15_000 });

    await expect(session.signOut({ removeData: true })).rejects.toEqual(new SignInError('pendingChanges'));
    expect(session.isSignedIn).toBe(true);
    expect(server.state.logouts).toBe(0);

    await session.signOut({ removeData: false });
    expect(session.isSignedIn).toBe(false);
    // The offline sign-in stays, without the revoked token, and so does the change.
    expect(findDeviceAccount(user.username)?.token).toBe('');
    server.state.offline = true;
    await session.signIn(user.username, PASSWORD);
    expect(await session.db?.orgs.findOne('41').exec()).not.toBeNull();
  });

  it('refuses to remove the data while the number of waiting changes is unknown here (issue 7.11)', async () => {
    await session.signIn(user.username, PASSWORD);
    // Another tab holds the replication, or counting failed: unknown, never zero.
    useSyncStore().update({ ...idleSnapshot(), collections: [{ name: 'orgs', active: false, pending: null, lastSyncAt: null, error: null, received: 0, sent: 0, firstSync: null }] });
    await expect(session.signOut({ removeData: true })).rejects.toEqual(new SignInError('pendingChanges'));
    expect(session.isSignedIn).toBe(true);
  });

  it('starts the device’s copy afresh when the server replicates another scope for the user (issue 7.7)', async () => {
    await session.signIn(user.username, PASSWORD);
    await writeProvince();
    await vi.waitFor(() => expect(useSyncStore().pendingTotal).toBe(0), { timeout: 15_000 });
    await vi.waitFor(() => expect(server.state.open.length).toBe(1));
    // An administrator moved the account to another unit; the stream's next "start over" says so.
    const moved = { ...user, orgId: '42', orgPath: '/42/' };
    server.state.movedTo.set(user.id, moved);
    server.broadcast('resync', { scope: `${moved.id}|${moved.role}|${moved.orgPath}|` });
    await vi.waitFor(() => expect(session.user?.orgPath).toBe('/42/'), { timeout: 15_000 });
    // A new copy: nothing of the old scope is left on the device; the account remembers the new scope.
    await vi.waitFor(() => expect(session.db).not.toBeNull());
    expect(await session.db?.orgs.findOne('41').exec()).toBeNull();
    expect(findDeviceAccount(user.username)?.user.orgPath).toBe('/42/');
  });

  it('removes the user’s database and offline sign-in when nothing waits', async () => {
    await session.signIn(user.username, PASSWORD);
    await writeProvince();
    await vi.waitFor(() => expect(useSyncStore().pendingTotal).toBe(0), { timeout: 15_000 });
    await session.signOut({ removeData: true });
    expect(findDeviceAccount(user.username)).toBeUndefined();
    expect(localStorage.getItem(`xiaoan.lastSync.${user.id}`)).toBeNull();

    server.state.offline = true;
    await expect(session.signIn(user.username, PASSWORD)).rejects.toEqual(new SignInError('firstSignInNeedsNetwork'));
    server.state.offline = false;
    await session.signIn(user.username, PASSWORD);
    expect(await session.db?.orgs.findOne('41').exec()).toBeNull();
  });

  it('syncs only once an initial password is changed, and signs in offline with the new one', async () => {
    user.mustChangePassword = true;
    await session.signIn(user.username, PASSWORD);
    expect(session.isSignedIn).toBe(true);
    expect(useSyncStore().snapshot.collections).toEqual([]);

    await session.changePassword(PASSWORD, 'New-Password-2');
    expect(session.user?.mustChangePassword).toBe(false);
    await vi.waitFor(() => expect(server.state.streams).toBe(1));
    // A second change while syncing does not start a second replication.
    await session.changePassword(PASSWORD, 'New-Password-3');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(server.state.streams).toBe(1);

    await session.signOut({ removeData: false });
    server.state.offline = true;
    await expect(session.signIn(user.username, PASSWORD)).rejects.toEqual(new SignInError('wrongPassword'));
    await session.signIn(user.username, 'New-Password-3');
    expect(session.user?.mustChangePassword).toBe(false);
  });

  it('re-opens the last session after a reload', async () => {
    await session.signIn(user.username, PASSWORD);
    const token = session.token;
    setActivePinia(createPinia());
    const reloaded = useSessionStore();
    expect(await reloaded.restore()).toBe(true);
    expect(reloaded.user?.id).toBe(user.id);
    expect(reloaded.token).toBe(token);
    // The first store's database is the same one: close the second handle only.
    await reloaded.signOut({ removeData: false });
  });
});
