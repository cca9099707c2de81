import type { ApiClient } from '@/api/apiClient';

/** A signed-in device (session) of an account, as the server lists it. */
export interface DeviceSession {
  id: string;
  label: string;
  userAgent: string;
  ip: string;
  createdAt: number;
  lastSeenAt: number;
  expiresAt: number;
  revokedAt: number;
  active: boolean;
  current: boolean;
}

/**
 * Administration that must happen on the server at once (password resets,
 * disabling, revoking devices): these need the network, unlike creating
 * accounts, which replicates.
 */
export function createAdminApi(api: ApiClient) {
  const path = (id: string, action: string) => `/api/admin/accounts/${encodeURIComponent(id)}/${action}`;
  return {
    resetPassword: (id: string) => api.request<{ initialPassword: string; username: string }>('POST', path(id, 'reset-password')),
    setDisabled: (id: string, disabled: boolean) => api.request('POST', path(id, disabled ? 'disable' : 'enable')),
    listDevices: (accountId: string) =>
      api.request<{ devices: DeviceSession[] }>('GET', `/api/admin/devices?accountId=${encodeURIComponent(accountId)}`),
    revokeDevice: (id: string) => api.request('POST', `/api/admin/devices/${encodeURIComponent(id)}/revoke`),
  };
}

export type AdminApi = ReturnType<typeof createAdminApi>;
