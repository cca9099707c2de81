import type { PasswordVerifier } from './offlineVerifier';
import type { SessionUser } from './sessionUser';

/**
 * Users who have signed in on this device, for offline sign-in. Kept in
 * localStorage (small, synchronous, readable before any database opens).
 * Holds a PBKDF2 verifier and the last token — never a password.
 */
export interface DeviceAccount {
  user: SessionUser;
  verifier: PasswordVerifier;
  token: string;
  expiresAt: number;
}

const KEY = 'xiaoan.deviceAccounts';
const CURRENT_KEY = 'xiaoan.currentUser';

function readAll(): Record<string, DeviceAccount> {
  try {
    return JSON.parse(localStorage.getItem(KEY) ?? '{}') as Record<string, DeviceAccount>;
  } catch {
    return {};
  }
}

const keyOf = (username: string) => username.trim().toLowerCase();

export function findDeviceAccount(username: string): DeviceAccount | undefined {
  return readAll()[keyOf(username)];
}

export function saveDeviceAccount(account: DeviceAccount): void {
  localStorage.setItem(KEY, JSON.stringify({ ...readAll(), [keyOf(account.user.username)]: account }));
}

export function forgetDeviceAccount(username: string): void {
  const all = readAll();
  delete all[keyOf(username)];
  localStorage.setItem(KEY, JSON.stringify(all));
}

/**
 * Sign-out revokes the token on the server: keep the offline sign-in but
 * not the dead token, so a later offline sign-in knows it must sign in
 * online again before it can sync.
 */
export function forgetToken(username: string): void {
  const account = findDeviceAccount(username);
  if (account) saveDeviceAccount({ ...account, token: '' });
}

/** The signed-in user survives a reload (or a crash) until sign-out. */
export function currentUsername(): string | null {
  return localStorage.getItem(CURRENT_KEY);
}

export function setCurrentUsername(username: string | null): void {
  if (username) localStorage.setItem(CURRENT_KEY, username);
  else localStorage.removeItem(CURRENT_KEY);
}
