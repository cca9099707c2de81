import type { Role } from '@/domain/auth/roles';

/** The signed-in user as the server describes it (POST /api/auth/login). */
export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  orgId: string;
  orgPath: string;
  personId: string;
  mustChangePassword: boolean;
}

/** One database per user on a device: signing out of a shared PC can remove exactly that user's data. */
export function databaseNameFor(user: Pick<SessionUser, 'id'>): string {
  return `xiaoan-${user.id.toLowerCase().replace(/[^a-z0-9_-]/g, '_')}`;
}
