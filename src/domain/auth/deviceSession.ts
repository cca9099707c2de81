/**
 * A signed-in device (a session) of an account: what the server keeps of
 * it besides whose it is and its token's hash, and what it lists to an
 * administrator (GET /api/admin/devices). One shape for both sides.
 */
export interface DeviceSessionFields {
  id: string;
  label: string;
  userAgent: string;
  ip: string;
  createdAt: number;
  lastSeenAt: number;
  expiresAt: number;
  /** 0 while the session is valid. */
  revokedAt: number;
}

/** A device as listed: neither revoked nor expired (`active`), the one asking (`current`). */
export interface DeviceSession extends DeviceSessionFields {
  active: boolean;
  current: boolean;
}
