import { validatePhone } from '@/domain';
import type { Issue } from './issue';

export type PhoneCheck = { issues: Issue[]; value: string };

/** An optional mobile number: checked with the domain's rule when given. */
export function checkOptionalPhone(text: string): PhoneCheck {
  if (!text) return { issues: [], value: '' };
  const result = validatePhone(text);
  return result.ok ? { issues: [], value: result.value } : { issues: [{ field: 'phone', code: 'phoneInvalid', params: { value: text } }], value: text };
}
