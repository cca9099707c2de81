import type { ConflictDoc } from '@/domain/schemas';

/** Server refusal codes with their own explanation in the catalogues (conflicts.reasons.*). */
export const EXPLAINED_REASONS = [
  'out_of_scope', 'forbidden_collection', 'forbidden_kind', 'invalid_document', 'invalid_org_path', 'authorship', 'placement',
  'invalid_school', 'invalid_class', 'class_mismatch', 'invalid_subject', 'invalid_inspection', 'invalid_person',
  'account_org_missing', 'role_unit_mismatch', 'account_level', 'role_too_high', 'org_level', 'org_kind',
  'org_parent_missing', 'org_move', 'own_unit', 'append_only', 'weak_password',
] as const;

/** The i18n key explaining a refusal, or the generic one for codes without their own text. */
export function reasonKey(code: string): string {
  return (EXPLAINED_REASONS as readonly string[]).includes(code) ? `conflicts.reasons.${code}` : 'conflicts.reasons.other';
}

const HIDDEN_FIELDS = new Set(['id', 'orgPath', 'createdAt', 'createdBy', 'modifiedAt', 'modifiedBy', '_deleted']);

/**
 * A short text of a recorded value: a merge's single value as it was, a
 * refused document as the fields it would have changed relative to what
 * the server kept (all of its fields when the server kept nothing).
 */
export function valueSummary(conflict: ConflictDoc, side: 'lost' | 'kept'): string {
  const raw = side === 'lost' ? conflict.losingValue : conflict.winningValue;
  if (conflict.kind !== 'refused') return raw;
  const value = JSON.parse(raw) as Record<string, unknown> | null;
  if (!value) return '—';
  const other = JSON.parse(side === 'lost' ? conflict.winningValue : conflict.losingValue) as Record<string, unknown> | null;
  const fields = Object.keys(value).filter((f) => !HIDDEN_FIELDS.has(f) && (!other || JSON.stringify(other[f]) !== JSON.stringify(value[f])));
  return fields.map((f) => `${f}: ${typeof value[f] === 'string' ? value[f] : JSON.stringify(value[f])}`).join('；') || '—';
}
