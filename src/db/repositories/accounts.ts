import type { Role } from '@/domain/auth/roles';
import { generateInitialPassword } from '@/domain/accounts/password';
import type { AccountDoc, OrgDoc } from '@/domain/schemas';
import { initialPasswordsOfAccounts, rememberInitialPasswords } from './initialPasswords';
import { newId, stampNew, type WriteContext } from './writeContext';

export interface NewAccount {
  role: Role;
  unit: Pick<OrgDoc, 'id' | 'orgPath'>;
  displayName: string;
  /** What the administrator would like; the server makes it unique system-wide. */
  requestedUsername: string;
  personId?: string;
}

/**
 * Open an account, offline if need be: it is stored as 'pending' with a
 * random initial password, and the server assigns the final username and
 * activates it when the document reaches it.
 */
export async function createAccount(ctx: WriteContext, input: NewAccount): Promise<AccountDoc> {
  const doc: AccountDoc = {
    ...stampNew(ctx, newId('acc'), input.unit.orgPath),
    role: input.role,
    orgId: input.unit.id,
    personId: input.personId ?? '',
    displayName: input.displayName.trim(),
    requestedUsername: input.requestedUsername.trim().toLowerCase(),
    username: '',
    status: 'pending',
    mustChangePassword: true,
    initialPassword: generateInitialPassword(),
    disabledAt: 0,
  };
  // Remembered on this device first: the document loses it once the server has it.
  await rememberInitialPasswords(ctx.db, initialPasswordsOfAccounts([doc]));
  await ctx.db.accounts.insert(doc);
  return doc;
}
