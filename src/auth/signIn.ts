import { ApiError, type ApiClient } from '@/api/apiClient';
import { findDeviceAccount, saveDeviceAccount, type DeviceAccount } from './deviceAccounts';
import { checkVerifier, createVerifier } from './offlineVerifier';
import type { SessionUser } from './sessionUser';

export interface LoginResponse {
  token: string;
  user: SessionUser;
  expiresAt: number;
}

/** Why sign-in failed, as an i18n key under `auth.error`. */
export class SignInError extends Error {}

/** Whether an error means "no network" (as opposed to the server refusing). */
export function isNetworkError(error: unknown): boolean {
  return error instanceof ApiError && error.isNetwork;
}

/**
 * Sign in with the server, and remember the account on this device — a
 * verifier of the password, never the password — so the same user can
 * sign in here again without a network.
 */
export async function signInOnline(api: ApiClient, username: string, password: string): Promise<LoginResponse> {
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
  return result;
}

/** Sign in without a network, against the verifier an earlier online sign-in left on this device. */
export async function signInOffline(username: string, password: string): Promise<DeviceAccount> {
  const account = findDeviceAccount(username);
  if (!account) throw new SignInError('firstSignInNeedsNetwork');
  if (!(await checkVerifier(password, account.verifier))) throw new SignInError('wrongPassword');
  return account;
}

/** Revoke this device's token on the server; offline it simply stays unrevoked until it expires. */
export async function signOutOnServer(api: ApiClient): Promise<void> {
  await api.request('POST', '/api/auth/logout').catch(() => undefined);
}

/** Change the password on the server (it checks the old one and the new one's strength). */
export async function changePasswordOnServer(api: ApiClient, oldPassword: string, newPassword: string): Promise<void> {
  await api.request('POST', '/api/auth/password', { oldPassword, newPassword });
}

/**
 * After a password change: the user no longer has to change it, and the
 * device's offline sign-in follows the new password.
 */
export async function rememberNewPassword(user: SessionUser, newPassword: string): Promise<SessionUser> {
  const changed = { ...user, mustChangePassword: false };
  const account = findDeviceAccount(user.username);
  if (account) saveDeviceAccount({ ...account, user: changed, verifier: await createVerifier(newPassword) });
  return changed;
}
