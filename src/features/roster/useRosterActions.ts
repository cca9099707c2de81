import { ElMessage, ElMessageBox } from 'element-plus';
import 'element-plus/es/components/message/style/css';
import 'element-plus/es/components/message-box/style/css';
import { restorePerson, softDeletePeople } from '@/db/repositories/people';
import { applyReviewAction, type ReviewOutcome } from '@/db/repositories/peopleReview';
import { useWriteContext } from '@/features/shared/useWriteContext';
import type { ReviewAction } from '@/domain/roster/review';
import { REVIEW_ACTION_LABEL } from './reviewActionLabel';
import { useRosterText } from './useRosterText';

/**
 * The roster's mutations with their user feedback: each calls the
 * repository and turns the outcome into a translated message, so views
 * only wire buttons to them.
 */
export function useRosterActions() {
  const ctx = useWriteContext();
  const { t, errorText } = useRosterText();

  /** Apply a review action to a batch; returns the outcome so a dialog can show a refusal in place. */
  async function review(ids: readonly string[], action: ReviewAction, reason = ''): Promise<ReviewOutcome> {
    const outcome = await applyReviewAction(ctx, ids, action, reason);
    if (!outcome.ok) return outcome;
    const label = t(REVIEW_ACTION_LABEL[action]);
    if (outcome.changed.length) ElMessage.success(t('roster.review.done', { action: label, n: outcome.changed.length }));
    // Own entries are told apart: they need another person, not another state.
    const own = outcome.skipped.filter((s) => s.code === 'review.ownEntry').length;
    const other = outcome.skipped.length - own;
    if (own) ElMessage.warning(t('roster.review.skippedOwn', { n: own }));
    if (other) ElMessage.warning(t('roster.review.skipped', { action: label, n: other }));
    return outcome;
  }

  /** Soft delete after confirmation; resolves to whether anything was deleted. */
  async function remove(ids: readonly string[]): Promise<boolean> {
    try {
      await ElMessageBox.confirm(t('roster.confirmDelete.message', { n: ids.length }), t('roster.confirmDelete.title'), {
        type: 'warning',
        confirmButtonText: t('common.delete'),
        cancelButtonText: t('common.cancel'),
      });
    } catch {
      return false; // cancelled
    }
    const n = await softDeletePeople(ctx, ids);
    ElMessage.success(t('roster.confirmDelete.done', { n }));
    return n > 0;
  }

  /** Restore deleted people; one message for the batch, one per refusal (a number taken meanwhile). */
  async function restore(ids: readonly string[]): Promise<number> {
    const restored: string[] = [];
    for (const id of ids) {
      const result = await restorePerson(ctx, id);
      if (result.ok) restored.push(result.person.name);
      else for (const error of result.errors) ElMessage.error(errorText(error));
    }
    if (restored.length) ElMessage.success(t('roster.restored', { name: restored.slice(0, 3).join('、'), n: restored.length }));
    return restored.length;
  }

  return { review, remove, restore };
}
