import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import { createApiClient } from '@/api/apiClient';
import {
  currentUsername,
  findDeviceAccount,
  forgetDeviceAccount,
  forgetToken,
  saveDeviceAccount,
  setCurrentUsername,
} from '@/auth/deviceAccounts';
import type { SessionUser } from '@/auth/sessionUser';
import {
  changePasswordOnServer,
  isNetworkError,
  rememberNewPassword,
  SignInError,
  signInOffline,
  signInOnline,
  signOutOnServer,
  type LoginResponse,
} from '@/auth/signIn';
import { renewTokenWhenOnline } from '@/auth/tokenRenewal';
import type { XiaoanDatabase } from '@/db/types';
import { scopeFingerprint } from '@/domain/auth/principal';
import { UserWorkspace } from '@/session/userWorkspace';
import { useSyncStore } from './sync';

/**
 * The signed-in user, for the UI: sign-in (online, or offline against the
 * device's verifier), token renewal and sign-out, over the user's
 * workspace (their database and its replication, src/session). Sign-out
 * can remove the user's data from a shared computer — but never before
 * their changes reached the server.
 */
export const useSessionStore = defineStore('session', () => {
  const user = ref<SessionUser | null>(null);
  const token = ref<string | null>(null);
  const signedInOffline = ref(false);
  const tokenRejected = ref(false);
  const db = shallowRef<XiaoanDatabase | null>(null);
  let workspace: UserWorkspace | null = null;
  let stopRenewal: (() => void) | null = null;
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
    workspace = await UserWorkspace.open(nextUser, {
      api,
      onSyncChange: (s) => syncStore.update(s),
      onScopeChanged: () => void rescope(),
    });
    db.value = workspace.db;
    setCurrentUsername(nextUser.username);
    if (nextToken) startSync();
  }

  function startSync(): void {
    if (user.value) workspace?.startSync(user.value);
  }

  /** Re-open the last session after a reload, a crash or a closed tab. */
  async function restore(): Promise<boolean> {
    const username = currentUsername();
    const account = username ? findDeviceAccount(username) : undefined;
    if (!account) return false;
    await open(account.user, account.token);
    return true;
  }

  async function online(username: string, password: string): Promise<LoginResponse> {
    const result = await signInOnline(api, username, password);
    signedInOffline.value = false;
    return result;
  }

  /** Online when the server answers; offline (on a device that knows the user) when there is no network. */
  async function signIn(username: string, password: string): Promise<void> {
    let result: LoginResponse;
    try {
      result = await online(username, password);
    } catch (error) {
      if (!isNetworkError(error)) throw error;
      await offline(username, password);
      return;
    }
    await open(result.user, result.token);
  }

  async function offline(username: string, password: string): Promise<void> {
    const account = await signInOffline(username, password);
    signedInOffline.value = true;
    await open(account.user, account.token);
    if (account.token) return;
    stopRenewal = renewTokenWhenOnline({
      signIn: () => online(username, password),
      onRenewed: (result) => {
        stopRenewal = null;
        token.value = result.token;
        tokenRejected.value = false;
        startSync();
      },
    });
  }

  let rescoping = false;

  /**
   * The server replicates another scope for this user now (the account was
   * moved to another unit, or its role changed): upload what is waiting,
   * then start this device's copy afresh, so nothing of the old scope stays
   * and everything of the new one arrives. Nothing is removed while an
   * upload is pending: then this waits for the next reconnect to ask again.
   */
  async function rescope(): Promise<void> {
    const current = workspace;
    if (rescoping || !current || !user.value) return;
    rescoping = true;
    try {
      const me = await api.request<{ user: SessionUser }>('GET', '/api/auth/me');
      if (scopeFingerprint(me.user) === scopeFingerprint(user.value)) return;
      await current.awaitInSync();
      if (syncStore.pendingTotal !== 0) return;
      await current.close({ removeData: true });
      workspace = null;
      db.value = null;
      syncStore.reset();
      const account = findDeviceAccount(me.user.username);
      if (account) saveDeviceAccount({ ...account, user: me.user });
      await open(me.user, token.value ?? '');
    } catch {
      // Offline again, or refused: the next connect of the change stream asks again.
    } finally {
      rescoping = false;
    }
  }

  async function changePassword(oldPassword: string, newPassword: string): Promise<void> {
    await changePasswordOnServer(api, oldPassword, newPassword);
    if (!user.value || !token.value) return;
    user.value = await rememberNewPassword(user.value, newPassword);
    startSync();
  }

  /**
   * Sign out. With `removeData` the user's database and offline sign-in are
   * removed from this device — refused while changes wait to be uploaded,
   * and while their number is unknown (another tab holds the replication,
   * or counting failed): unknown counts as "not uploaded", never as zero.
   */
  async function signOut(options: { removeData: boolean; force?: boolean }): Promise<void> {
    if (options.removeData && !options.force && syncStore.pendingTotal !== 0) {
      throw new SignInError('pendingChanges');
    }
    const current = user.value;
    stopRenewal?.();
    stopRenewal = null;
    await workspace?.stopSync();
    await signOutOnServer(api);
    await workspace?.close({ removeData: options.removeData });
    workspace = null;
    if (current && options.removeData) forgetDeviceAccount(current.username);
    if (current && !options.removeData) forgetToken(current.username);
    setCurrentUsername(null);
    db.value = null;
    user.value = null;
    token.value = null;
    syncStore.reset();
  }

  function reSync(): void {
    workspace?.reSync();
  }

  /** Give the first pull of org units a moment when online (see SyncController.awaitInitial). */
  async function awaitInitialOrgs(timeoutMs: number): Promise<void> {
    if (navigator.onLine) await workspace?.awaitInitial('orgs', timeoutMs);
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
