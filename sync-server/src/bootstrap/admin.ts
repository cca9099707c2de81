/**
 * First start: the top administrator `admin`, a province administrator of
 * the root "/" — the whole installation, above every province — so it can
 * open provinces and their administrators. Its password is
 * XIAOAN_ADMIN_PASSWORD (the operator chose it: no forced change) or a
 * generated one, printed once, that must be changed at first sign-in.
 */
import { generateInitialPassword, isWeakPassword } from '#domain/accounts/password';
import { ROOT_PATH } from '#domain/org/path';
import { createAccount } from '../auth/accounts';
import { commit } from '../replication/commit';
import type { ChangeHub } from '../replication/hub';
import type { Storage } from '../storage/types';

export const TOP_ADMIN_USERNAME = 'admin';
export const TOP_ADMIN_ID = 'account-admin';

export type AdminBootstrap =
  | { created: false; mustChangePassword: boolean }
  | { created: true; password: string; generated: boolean; weak: boolean };

export async function ensureTopAdmin(storage: Storage, hub: ChangeHub, adminPassword?: string): Promise<AdminBootstrap> {
  const existing = await storage.findUserByUsername(TOP_ADMIN_USERNAME);
  if (existing) return { created: false, mustChangePassword: existing.mustChangePassword };
  const generated = !adminPassword;
  const password = adminPassword ?? generateInitialPassword();
  return commit(storage, hub, async (tx, changes): Promise<AdminBootstrap> => {
    // Asked again under the writers' lock: processes starting together on one database create it once.
    const raced = await tx.findUserByUsername(TOP_ADMIN_USERNAME);
    if (raced) return { created: false, mustChangePassword: raced.mustChangePassword };
    await createAccount(tx, changes, {
      id: TOP_ADMIN_ID,
      username: TOP_ADMIN_USERNAME,
      password,
      mustChangePassword: generated,
      role: 'province_admin',
      orgId: '',
      orgPath: ROOT_PATH,
      displayName: '系统管理员',
    });
    return { created: true, password, generated, weak: isWeakPassword(password) };
  });
}

export function describeAdminBootstrap(result: AdminBootstrap): string[] {
  if (!result.created) {
    return result.mustChangePassword
      ? [`管理员 ${TOP_ADMIN_USERNAME} 仍需修改首次启动时打印的初始密码。`]
      : [];
  }
  if (result.generated) {
    return [
      `已创建最高管理员：用户名 ${TOP_ADMIN_USERNAME}，初始密码 ${result.password}`,
      '（仅显示这一次；首次登录后必须修改密码。也可用 XIAOAN_ADMIN_PASSWORD 在首次启动前指定。）',
    ];
  }
  return [
    `已创建最高管理员 ${TOP_ADMIN_USERNAME}，密码为 XIAOAN_ADMIN_PASSWORD 的值。`,
    ...(result.weak ? ['警告：XIAOAN_ADMIN_PASSWORD 过于简单，请尽快修改。'] : []),
  ];
}
