import type { ApiClient } from '@/api/apiClient';
import type { DeviceSession } from '@/domain/auth/deviceSession';

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
