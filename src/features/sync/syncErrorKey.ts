/** Map a replication error code to its plain-language i18n key. */
export function syncErrorKey(code: string): { key: string; detail: string } {
  if (code === 'network') return { key: 'sync.error.network', detail: '' };
  if (code === 'unauthorized' || code === 'http_401') return { key: 'sync.error.unauthorized', detail: '' };
  if (code.startsWith('forbidden') || code === 'http_403') return { key: 'sync.error.forbidden', detail: '' };
  if (code.startsWith('invalid') || code === 'http_400') return { key: 'sync.error.invalid', detail: '' };
  return { key: 'sync.error.unknown', detail: code };
}
