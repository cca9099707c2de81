import type { Role } from './roles';

/**
 * The signed-in user as the server describes it to the client
 * (POST /api/auth/login, GET /api/auth/me). One shape for both sides.
 */
export interface SignedInUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  orgId: string;
  orgPath: string;
  personId: string;
  mustChangePassword: boolean;
}
