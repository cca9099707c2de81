import type { CollectionName } from '../schemas';
import type { MergeConflict } from './merge';

/**
 * Fields computed from other fields (the masked copies and the pinyin
 * search key of a person). When their source clashed, they clash too, and
 * re-applying the source recomputes them: a record of their own would only
 * be noise for the administrator.
 */
export const DERIVED_FIELDS: Partial<Record<CollectionName, readonly string[]>> = {
  people: ['nameSearch', 'idMasked', 'phoneMasked'],
};

/**
 * Whether a lost value deserves a conflict record an administrator reviews.
 * Two devices that both edit an approved record both send it back to 录入:
 * their review states differ only in who and when, which is not a
 * disagreement about the data.
 */
export function isReviewableConflict(collection: CollectionName, conflict: MergeConflict): boolean {
  if (DERIVED_FIELDS[collection]?.includes(conflict.field)) return false;
  if (conflict.field === 'review') {
    const status = (value: unknown) => (value as { status?: unknown } | null)?.status;
    return status(conflict.winningValue) !== status(conflict.losingValue);
  }
  return true;
}
