import { ROLES, type Role } from '../auth/roles';
import { defineSchema, enumField, shortText, timestamp, type BaseDoc } from './base';
import type { CollectionDefinition } from './jsonSchema';

export const ACCOUNT_STATUSES = ['pending', 'active', 'disabled'] as const;
export type AccountStatus = (typeof ACCOUNT_STATUSES)[number];

/**
 * The replicated face of a sign-in account. Password hashes and tokens stay
 * on the server. A device may create an account offline (e.g. from an
 * import) with a `requestedUsername`; the server assigns the final,
 * system-wide unique `username` on first sync (status pending → active).
 */
export interface AccountDoc extends BaseDoc {
  role: Role;
  /** The unit the account administers or belongs to. */
  orgId: string;
  /** The person the account is for, '' for unit accounts. */
  personId: string;
  displayName: string;
  requestedUsername: string;
  username: string;
  status: AccountStatus;
  mustChangePassword: boolean;
  /**
   * The one-time initial password, kept only until the server has hashed
   * it and until the slip is printed; cleared by the server afterwards.
   */
  initialPassword: string;
  disabledAt: number;
}

export const accountsCollection: CollectionDefinition = {
  name: 'accounts',
  replicated: true,
  migrations: {},
  schema: defineSchema({
    title: 'accounts',
    version: 0,
    properties: {
      role: enumField(ROLES),
      orgId: shortText(64),
      personId: shortText(64),
      displayName: shortText(50),
      requestedUsername: shortText(64),
      username: shortText(64),
      status: enumField(ACCOUNT_STATUSES),
      mustChangePassword: { type: 'boolean' },
      initialPassword: shortText(64),
      disabledAt: timestamp,
    },
    required: [
      'role', 'orgId', 'personId', 'displayName', 'requestedUsername', 'username', 'status',
      'mustChangePassword', 'initialPassword', 'disabledAt',
    ],
    indexes: ['personId', 'username'],
  }),
};
