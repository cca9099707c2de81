import { createI18n } from 'vue-i18n';
import en from './locales/en';
import zhCN from './locales/zh-CN';

export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** The English catalogue must have every key the Chinese one has. */
export type MessageSchema = typeof zhCN;

const LOCALE_KEY = 'xiaoan.locale';

export function savedLocale(): Locale {
  const saved = globalThis.localStorage?.getItem(LOCALE_KEY);
  return LOCALES.find((l) => l === saved) ?? 'zh-CN';
}

export function saveLocale(locale: Locale): void {
  globalThis.localStorage?.setItem(LOCALE_KEY, locale);
}

export function createAppI18n(locale: Locale = savedLocale()) {
  return createI18n<[MessageSchema], Locale>({
    legacy: false,
    locale,
    fallbackLocale: 'zh-CN',
    messages: { 'zh-CN': zhCN, en },
  });
}
