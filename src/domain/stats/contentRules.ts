import { rankOf, ROLE_RANK, type Principal } from '../auth/principal';
import { isAdminRole } from '../auth/roles';
import { OK, firstRefusal, refuse, type DocLike, type WriteDecision } from '../auth/writeDecision';
import { parsePointsRuleBody } from '../points/rules';
import type { ContentKind } from '../schemas/content';
import { parseEntryTargetBody } from './entryTargets';

/**
 * Who may publish the content kinds of statistics, run by the server on
 * every push after authorship and placement:
 * - an entry target (录入目标): an administrator of a township or above,
 *   placed at their own unit (it applies to their subtree), with a deadline;
 * - a points rule table (积分规则): an administrator of a county or above,
 *   at their own unit.
 * A lower unit's target is the lower administrator's: one above reads it
 * but does not rewrite it, and nobody turns other content into these kinds.
 */
const RULED: Partial<Record<ContentKind, { lowestRank: number; parse: (body: unknown) => { ok: boolean }; needsDeadline: boolean }>> = {
  entry_target: { lowestRank: ROLE_RANK.township_admin, parse: parseEntryTargetBody, needsDeadline: true },
  points_rule: { lowestRank: ROLE_RANK.county_admin, parse: parsePointsRuleBody, needsDeadline: false },
};

const isRuled = (doc: DocLike | undefined) => !!doc && RULED[doc.kind as ContentKind] !== undefined;

export function checkStatsContent(p: Principal, next: DocLike, previous: DocLike | undefined): WriteDecision {
  if (!isRuled(next) && !isRuled(previous)) return OK;
  if (previous && previous.kind !== next.kind) return refuse('kind_change', '不能更改内容的类型');
  const rule = RULED[next.kind as ContentKind];
  if (!rule) return OK;
  const deleted = next._deleted === true || Number(next.deletedAt) > 0;
  return firstRefusal(
    () => (isAdminRole(p.role) && rankOf(p) <= rule.lowestRank
      ? OK
      : refuse('publisher_role', '当前角色不能发布这类内容')),
    () => (next.orgPath === p.orgPath && (!previous || previous.orgPath === p.orgPath)
      ? OK
      : refuse('publisher_unit', '只能为本单位发布，下级单位的内容由下级管理员维护')),
    () => (deleted || rule.parse(next.body).ok ? OK : refuse('invalid_body', '内容格式不正确')),
    () => (deleted || !rule.needsDeadline || Number(next.endsAt) > Number(next.startsAt) ? OK : refuse('deadline_required', '录入目标必须有截止时间')),
  );
}
