import { applyReview, type ReviewAction, type ReviewStatus } from '@/domain/roster/review';
import type { ReviewedField } from '@/domain/roster/reviewedFields';
import type { AuditDoc } from '@/domain/schemas';
import { ID_MAX } from '@/domain/schemas/base';
import type { XiaoanDatabase } from '../types';
import { newId, nowOf, stampEdit, stampNew, type WriteContext } from './writeContext';

/**
 * 审核 of people records in batches (本级录入、本级审核): submit, approve,
 * return with a reason, reopen. Transitions, and who may take them, are the
 * domain's (`applyReview`); each change is also appended to the audit log
 * so a record's page can show its review history, not only its current
 * state.
 */
export type ReviewSkipCode = 'review.invalidTransition' | 'review.ownEntry' | 'review.notFound';

export type ReviewOutcome =
  | { ok: true; changed: string[]; skipped: { id: string; code: ReviewSkipCode }[] }
  | { ok: false; code: 'review.reasonRequired' };

/** What one review audit entry records about one person. */
export interface ReviewHistoryDetail {
  personId: string;
  action: ReviewAction;
  from: ReviewStatus;
  to: ReviewStatus;
  reason: string;
  /** The reviewed facts whose edit sent an approved record back to 录入 (absent for review actions). */
  fields?: ReviewedField[];
}

/**
 * Audit ids start with the person's id, so one person's history is a range
 * scan on the primary key instead of a filter over the whole log.
 */
const historyPrefix = (personId: string) => `rv:${personId}:`;

function auditId(personId: string, at: number): string {
  const id = `${historyPrefix(personId)}${at.toString(36)}:${crypto.randomUUID().slice(0, 4)}`;
  // Ids from other sources could be longer than ours; such entries are
  // still kept, just not found by the prefix scan.
  return id.length <= ID_MAX ? id : newId('rv');
}

/** The audit entry recording one change of a person's review state. */
export function reviewHistoryDoc(ctx: WriteContext, orgPath: string, detail: ReviewHistoryDetail, at: number): AuditDoc {
  return {
    ...stampNew(ctx, auditId(detail.personId, at), orgPath),
    kind: 'review',
    action: detail.action,
    at,
    rowCount: 1,
    detail: { ...detail },
  };
}

/**
 * Apply `action` to every listed person whose state allows it; the others
 * are reported as skipped (a batch often mixes states). Returning a record
 * needs a reason, checked once for the whole batch.
 */
export async function applyReviewAction(
  ctx: WriteContext,
  ids: readonly string[],
  action: ReviewAction,
  reason = '',
): Promise<ReviewOutcome> {
  if (action === 'return' && !reason.trim()) return { ok: false, code: 'review.reasonRequired' };
  const docs = await ctx.db.people.findByIds([...ids]).exec();
  const at = nowOf(ctx);
  // Per id, the outcome of the modifier's last run: RxDB re-runs a
  // modifier after a write conflict, so nothing may be appended twice.
  const outcomes = new Map<string, AuditDoc | ReviewSkipCode>();

  // incrementalModify works on the newest state and RxDB batches the
  // modifications of many documents into one storage write.
  await Promise.all(
    ids.map(async (id) => {
      const doc = docs.get(id);
      if (!doc || doc.deletedAt) {
        outcomes.set(id, 'review.notFound');
        return;
      }
      await doc.incrementalModify((data) => {
        const result = applyReview({ status: data.review.status, enteredBy: data.enteredBy }, action, ctx.actor, reason);
        if (!result.ok) {
          outcomes.set(id, result.code === 'review.ownEntry' ? result.code : 'review.invalidTransition');
          return data;
        }
        const detail: ReviewHistoryDetail = { personId: id, action, from: data.review.status, to: result.status, reason: result.reason };
        outcomes.set(id, reviewHistoryDoc(ctx, data.orgPath, detail, at));
        return { ...data, review: { status: result.status, reason: result.reason, by: ctx.actor, at }, ...stampEdit(ctx) };
      });
    }),
  );
  const changed: string[] = [];
  const skipped: { id: string; code: ReviewSkipCode }[] = [];
  const history: AuditDoc[] = [];
  for (const id of ids) {
    const outcome = outcomes.get(id) ?? 'review.notFound';
    if (typeof outcome === 'string') skipped.push({ id, code: outcome });
    else {
      changed.push(id);
      history.push(outcome);
    }
  }
  // History is written after the state it describes: a crash in between
  // loses a history line, never a review decision.
  if (history.length) await ctx.db.audit.bulkInsert(history);
  return { ok: true, changed, skipped };
}

export interface ReviewHistoryEntry extends ReviewHistoryDetail {
  by: string;
  at: number;
}

/** A person's review history, oldest first. */
export async function reviewHistory(db: XiaoanDatabase, personId: string): Promise<ReviewHistoryEntry[]> {
  const prefix = historyPrefix(personId);
  const docs = await db.audit
    .find({ selector: { id: { $gte: prefix, $lt: `${prefix}\uffff` } }, sort: [{ id: 'asc' }] })
    .exec();
  return docs
    .map((d) => d.toJSON() as AuditDoc)
    .filter((d) => d.kind === 'review')
    .map((d) => ({ ...(d.detail as unknown as ReviewHistoryDetail), by: d.createdBy, at: d.at }))
    .sort((a, b) => a.at - b.at);
}
