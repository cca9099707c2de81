import type { ReviewAction } from '@/domain/roster/review';

/** The i18n key naming each review action, as its button reads (提交审核, 审核通过 …). */
export const REVIEW_ACTION_LABEL: Record<ReviewAction, string> = {
  submit: 'roster.toolbar.submit',
  approve: 'roster.toolbar.approve',
  return: 'roster.toolbar.return',
  reopen: 'roster.action.reopen',
};
