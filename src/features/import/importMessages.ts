import en from '@/i18n/locales/en/import';
import zhCN from '@/i18n/locales/zh-CN/import';
import type { ImportMessages } from '@/import';

/** The engine's message catalogue for a locale, for formatFinding and the error workbook. */
export function importMessagesFor(locale: string): ImportMessages {
  return locale === 'en' ? en : zhCN;
}
