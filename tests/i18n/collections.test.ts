import { describe, expect, it } from 'vitest';
import { COLLECTION_NAMES } from '@/domain/schemas';
import en from '@/i18n/locales/en';
import zhCN from '@/i18n/locales/zh-CN';

// The sync page and the settings' device counts name every collection; a new collection without a
// name showed its i18n key ("sync.collections.stats") to users.
describe.each([
  ['zh-CN', zhCN],
  ['en', en],
])('%s catalogue', (_locale, catalogue) => {
  it('names every collection', () => {
    const names = catalogue.sync.collections as Record<string, string>;
    expect(COLLECTION_NAMES.filter((c) => !names[c])).toEqual([]);
  });
});
