import { useI18n } from 'vue-i18n';
import type { FieldError } from '@/domain/roster/personInput';
import { gradeLabel } from '@/domain/roster/gradeNames';
import type { GradeCode } from '@/domain/roster/grades';

/**
 * Display helpers shared by the roster's list, form and record page:
 * domain error codes to sentences, timestamps and grades to text.
 */
export function useRosterText() {
  const { t, locale } = useI18n();

  /** A domain error code as a sentence; code-valued params (gender) are translated too. */
  function errorText(error: Pick<FieldError, 'code' | 'params'>): string {
    const params: Record<string, string | number> = { ...error.params };
    if (error.code === 'person.genderMismatch' && typeof params.expected === 'string') {
      params.expected = t(`roster.gender.${params.expected}`);
    }
    return t(`validation.${error.code}`, params);
  }

  function timeText(at: number): string {
    if (!at) return '';
    return new Intl.DateTimeFormat(locale.value, {
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hour12: false,
    }).format(at);
  }

  /** Grade labels are the templates' Chinese spellings (一年级, 初一) in every locale. */
  function gradeText(grade: GradeCode | ''): string {
    return grade ? gradeLabel(grade) : '';
  }

  return { t, errorText, timeText, gradeText };
}
