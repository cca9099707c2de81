import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import { openAppDatabase } from '@/app/openAppDatabase';
import { completeInterruptedImport } from '@/db/repositories/importJournal';
import type { XiaoanDatabase } from '@/db/types';
import { canWriteCollection, readableCollections, scopeFingerprint } from '@/domain/auth/permissions';
import {
  currentUsername,
  forgetToken,
  findDeviceAccount,
  forgetDeviceAccount,
  saveDeviceAccount,
  setCurrentUsername,
} from '@/features/auth/deviceAccounts';
import { checkVerifier, createVerifier } from '@/features/auth/offlineVerifier';
import { databaseNameFor, type SessionUser } from '@/features/auth/sessionUser';
import { ApiError, createApiClient } from '@/sync/apiClient';
import { mergingConflictHandler } from '@/sync/conflictHandler';
import { RefusalBook } from '@/sync/refusalBook';
import { SyncController, type LastSyncStore } from '@/sync/syncController';
import { useSyncStore } from './sync';

interface LoginResponse {
  token: string;
  user: SessionUser;
  expiresAt: number;
}

/** "Last synced at" per collection in localStorage, per user. */
function localLastSyncStore(key: string): LastSyncStore {
  return {
    load: () => {
      try {
        return JSON.parse(localStorage.getItem(key) ?? '{}') as Record<string, number>;
      } catch {
        return {};
      }
    },
    save: (times) => localStorage.setItem(key, JSON.stringify(times)),
  };
}

/** Why sign-in failed, as an i18n key under `auth.error`. */
export class SignInError extends Error {}

/**
 * The signed-in user, their database and their replication. Sign-in needs
 * the network the first time on a device; afterwards it works offline
 * against a local verifier. Sign-out can remove the user's data from a
 * shared computer — but never before their changes reached the server.
 */
export const useSessionStore = defineStore('session', () => {
  const user = ref<SessionUser | null>(null);
  const token = ref<string | null>(null);
  const signedInOffline = ref(false);
  const tokenRejected = ref(false);
  const db = shallowRef<XiaoanDatabase | null>(null);
  let sync: SyncController | null = null;
  let refusals = new RefusalBook();
  const syncStore = useSyncStore();

  const api = createApiClient({
    getToken: () => token.value,
    onUnauthorized: () => (tokenRejected.value = true),
  });

  const isSignedIn = computed(() => user.value !== null && db.value !== null);

  async function open(nextUser: SessionUser, nextToken: string): Promise<void> {
    user.value = nextUser;
    token.value = nextToken;
    // No token: signed out earlier (which revoked it) and back in offline.
    // Work goes on locally; syncing waits for an online sign-in.
    tokenRejected.value = nextToken === '';
    refusals = new RefusalBook();
    const book = refusals;
    db.value = await openAppDatabase(databaseNameFor(nextUser), (collection) =>
      mergingConflictHandler({ collection, actor: nextUser.id, refusals: book }),
    );
    // An import cut short by a crash or a closed tab is completed before replication starts.
    await completeInterruptedImport(db.value);
    setCurrentUsername(nextUser.username);
    if (nextToken) startSync();
  }

  function startSync(): void {
    if (!db.value || !user.value || user.value.mustChangePassword) return;
    const current = user.value;
    sync = new SyncController({
      db: db.value,
      api,
      collections: readableCollections(current),
      writable: (name) => canWriteCollection(current, name),
      refusals,
      scope: scopeFingerprint(current),
      onScopeChanged: () => void rescope(),
      identity: `${location.host}:${current.id}`,
      actor: current.id,
      onChange: (snapshot) => syncStore.update(snapshot),
      lastSyncStore: localLastSyncStore(`xiaoan.lastSync.${current.id}`),
    });
    sync.start();
  }

  let rescoping = false;

  /**
   * The server now replicates another scope for this user (the account was
   * moved to another unit or its role changed): upload what is waiting,
   * then start this device's copy afresh, so nothing of the old scope stays
   * and everything of the new one arrives. Nothing is removed while an
   * upload is still pending: then this waits for the next reconnect.
   */
  async function rescope(): Promise<void> {
    if (rescoping || !user.value || !db.value || !sync) return;
    rescoping = true;
    try {
      const me = await api.request<{ user: SessionUser }>('GET', '/api/auth/me');
      if (scopeFingerprint(me.user) === scopeFingerprint(user.value)) return;
      await sync.awaitInSync();
      if (pendingChanges() !== 0) return;
      const account = findDeviceAccount(user.value.username);
      const token_ = token.value ?? '';
      await sync.stop();
      sync = null;
      await db.value.remove();
      db.value = null;
      localStorage.removeItem(`xiaoan.lastSync.${user.value.id}`);
      if (account) saveDeviceAccount({ ...account, user: me.user });
      await open(me.user, token_);
    } catch {
      // Offline again or refused: the next stream connect asks again.
    } finally {
      rescoping = false;
    }
  }

  /** Re-open the last session after a reload, a crash or a closed tab. */
  async function restore(): Promise<boolean> {
    const username = currentUsername();
    const account = username ? findDeviceAccount(username) : undefined;
    if (!account) return false;
    await open(account.user, account.token);
    return true;
  }

  async function signInOnline(username: string, password: string): Promise<LoginResponse> {
    const result = await api.request<LoginResponse>('POST', '/api/auth/login', {
      username: username.trim(),
      password,
      deviceLabel: navigator.userAgent.slice(0, 120),
    });
    saveDeviceAccount({
      user: result.user,
      token: result.token,
      expiresAt: result.expiresAt,
      verifier: await createVerifier(password),
    });
    signedInOffline.value = false;
    return result;
  }

  async function signIn(username: string, password: string): Promise<void> {
    try {
      const result = await signInOnline(username, password);
      await open(result.user, result.token);
    } catch (error) {
      if (!(error instanceof ApiError) || !error.isNetwork) throw error;
      await signInOffline(username, password);
    }
  }

  async function signInOffline(username: string, password: string): Promise<void> {
    const account = findDeviceAccount(username);
    if (!account) throw new SignInError('firstSignInNeedsNetwork');
    if (!(await checkVerifier(password, account.verifier))) throw new SignInError('wrongPassword');
    signedInOffline.value = true;
    await open(account.user, account.token);
    // Signed out earlier, so the old token was revoked: fetch a new one as
    // soon as the server is reachable, with the password just verified. It
    // stays in memory only, and only until that succeeds.
    if (!account.token) renewWhenOnline(username, password);
  }

  let stopRenewal: (() => void) | null = null;

  function renewWhenOnline(username: string, password: string): void {
    const attempt = async () => {
      try {
        const result = await signInOnline(username, password);
        stopRenewal?.();
        token.value = result.token;
        tokenRejected.value = false;
        startSync();
      } catch (error) {
        // Offline still: try again later. Refused (the password was changed
        // elsewhere, the account disabled): stop, so retries never lock the
        // account; the banner asks for an online sign-in.
        if (!(error instanceof ApiError) || !error.isNetwork) stopRenewal?.();
      }
    };
    globalThis.addEventListener('online', attempt);
    const timer = setInterval(() => void attempt(), 30_000);
    stopRenewal = () => {
      globalThis.removeEventListener('online', attempt);
      clearInterval(timer);
      stopRenewal = null;
    };
    void attempt();
  }

  async function changePassword(oldPassword: string, newPassword: string): Promise<void> {
    await api.request('POST', '/api/auth/password', { oldPassword, newPassword });
    if (!user.value || !token.value) return;
    const account = findDeviceAccount(user.value.username);
    user.value = { ...user.value, mustChangePassword: false };
    if (account) {
      saveDeviceAccount({ ...account, user: user.value, verifier: await createVerifier(newPassword) });
    }
    startSync();
  }

  /** Local changes not yet on the server, across collections (null: unknown here). */
  function pendingChanges(): number | null {
    return syncStore.pendingTotal;
  }

  /**
   * Sign out. With `removeData` the user's database and offline sign-in are
   * removed from this device — refused while changes wait to be uploaded,
   * because that would lose them, and while their number is unknown
   * (another tab holds the replication, or counting failed): unknown is
   * treated as "not uploaded", never as zero.
   */
  async function signOut(options: { removeData: boolean; force?: boolean }): Promise<void> {
    if (options.removeData && !options.force && pendingChanges() !== 0) {
      throw new SignInError('pendingChanges');
    }
    const current = user.value;
    stopRenewal?.();
    await sync?.stop();
    sync = null;
    await api.request('POST', '/api/auth/logout').catch(() => undefined);
    if (db.value) {
      if (options.removeData) await db.value.remove();
      else await db.value.close();
    }
    if (current && options.removeData) {
      forgetDeviceAccount(current.username);
      localStorage.removeItem(`xiaoan.lastSync.${current.id}`);
    }
    if (current && !options.removeData) forgetToken(current.username);
    setCurrentUsername(null);
    db.value = null;
    user.value = null;
    token.value = null;
    syncStore.reset();
  }

  function reSync(): void {
    sync?.reSync();
  }

  /** Give the first pull of org units a moment when online (see SyncController.awaitInitial). */
  async function awaitInitialOrgs(timeoutMs: number): Promise<void> {
    if (navigator.onLine) await sync?.awaitInitial('orgs', timeoutMs);
  }

  return {
    user,
    token,
    db,
    api,
    isSignedIn,
    signedInOffline,
    tokenRejected,
    restore,
    signIn,
    signOut,
    changePassword,
    reSync,
    awaitInitialOrgs,
  };
});
