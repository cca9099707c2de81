import type { ApiClient } from '@/api/apiClient';

/**
 * Ask the server to seed the demo tree (the top administrator on first
 * run). The server writes it, as it always seeds the demo, and it reaches
 * this device through replication like any other change.
 */
export async function requestDemoData(api: ApiClient): Promise<void> {
  await api.request('POST', '/api/admin/demo');
}
