import { useI18n } from 'vue-i18n';
import type { FieldError } from '@/domain/roster/personInput';
import { numberOfClass } from '@/domain/roster/className';
import type { GradeCode } from '@/domain/roster/grades';
import type { ReviewedField } from '@/domain/roster/reviewedFields';
import type { PersonKind } from '@/domain/schemas';

/** How each reviewed fact is labelled on the form (a teacher's class is the class taught). */
const REVIEWED_FIELD_LABEL: Record<ReviewedField, (kind: PersonKind) => string> = {
  name: () => 'roster.field.name',
  gender: () => 'roster.field.gender',
  idNumber: () => 'roster.field.idNumber',
  schoolId: () => 'roster.field.school',
  grade: (kind) => (kind === 'student' ? 'roster.field.grade' : 'roster.field.teachingGrade'),
  classId: (kind) => (kind === 'student' ? 'roster.field.className' : 'roster.field.teachingClass'),
  isHeadTeacher: () => 'roster.field.isHeadTeacher',
};

/**
 * Display helpers shared by the roster's list, form and record page:
 * domain error codes to sentences, timestamps, grades and reviewed fields
 * to text.
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

  /** A grade from its code, in the UI's language (一年级 / Grade 1). */
  function gradeText(grade: GradeCode | ''): string {
    return grade ? t(`levels.grade.${grade}`) : '';
  }

  /** A class name as stored (一班); a numbered class reads "Class 1" in English, a named class (实验班) stays. */
  function classText(className: string): string {
    const n = numberOfClass(className);
    return n === null ? className : t('levels.classNumbered', { n, name: className });
  }

  /** '姓名、班级': the reviewed facts an edit changed, as the form labels them. */
  function reviewedFieldsText(fields: readonly ReviewedField[], kind: PersonKind): string {
    return fields.map((field) => t(REVIEWED_FIELD_LABEL[field](kind))).join(t('roster.review.listSeparator'));
  }

  return { t, errorText, timeText, gradeText, classText, reviewedFieldsText };
}
