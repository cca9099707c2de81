import { describe, expect, it } from 'vitest';
import { FINDING_CODES } from '@/import/findingCodes';
import en from '@/i18n/locales/en/import';
import zhCN from '@/i18n/locales/zh-CN/import';

/** Every finding code has a message in both locales, and the locales have the same keys. */
function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

function leaves(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return typeof value === 'object' && value !== null ? Object.values(value).flatMap(leaves) : [];
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();
}

describe('import messages', () => {
  it.each([['zh-CN', zhCN], ['en', en]] as const)('%s has a message for every finding code', (_, messages) => {
    for (const code of FINDING_CODES) expect(messages.error[code], code).toMatch(/\S/);
  });

  it('en has exactly the keys of zh-CN, with the same placeholders', () => {
    expect(keys(en).sort()).toEqual(keys(zhCN).sort());
    for (const [key, text] of Object.entries(zhCN.error)) {
      expect(placeholders(en.error[key as keyof typeof en.error]), key).toEqual(placeholders(text));
    }
  });

  it('uses no vue-i18n special characters that would break the app’s rendering (@ | $)', () => {
    for (const text of [...leaves(zhCN), ...leaves(en)]) {
      expect(text).not.toMatch(/[@|$]/);
    }
  });
});
