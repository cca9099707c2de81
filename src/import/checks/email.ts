import type { Issue } from './issue';

/** Something@domain.tld without spaces: enough to catch a phone number or a name typed into 邮箱. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function checkOptionalEmail(text: string): Issue[] {
  return !text || EMAIL.test(text) ? [] : [{ field: 'email', code: 'emailInvalid', params: { value: text } }];
}
