import type { SignedInUser } from '@/domain/auth/signedInUser';

/** The signed-in user (the server's own description, shared through the domain). */
export type SessionUser = SignedInUser;

/** One database per user on a device: signing out of a shared PC can remove exactly that user's data. */
export function databaseNameFor(user: Pick<SessionUser, 'id'>): string {
  return `xiaoan-${user.id.toLowerCase().replace(/[^a-z0-9_-]/g, '_')}`;
}
