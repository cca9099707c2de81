import { monthKeyOf, monthRange } from '../activities/shanghaiTime';
import type { SchoolInput } from './schoolFigures';

/**
 * The next instant after `input.now` at which the school's figures can
 * change with time alone — a hazard becoming overdue, a task's window
 * opening or ending, a new month for the drill rule, a record dated ahead
 * (clock skew) coming into range. The server's clock tick recounts the
 * school then, so the rollups stay true without waiting for its next
 * change. Conservative: an instant that changes nothing costs one recount.
 */
export function nextTimeChange(input: SchoolInput): number {
  const now = input.now;
  let next = monthRange(monthKeyOf(now)).end;
  const consider = (at: number) => {
    if (at > now && at < next) next = at;
  };
  for (const h of input.hazards ?? []) {
    // Overdue once now > deadline.
    if (h.status !== 'closed') consider(h.deadline + 1);
    consider(h.foundAt);
    consider(h.closedAt ?? 0);
  }
  for (const c of input.content ?? []) {
    if (c.status !== 'published' || c.deletedAt !== 0) continue;
    consider(c.startsAt);
    consider(c.endsAt);
  }
  for (const a of input.activities ?? []) consider(a.happenedAt);
  for (const a of input.accidents ?? []) consider(a.occurredAt);
  for (const p of input.people) {
    consider(p.createdAt);
    consider(p.deletedAt);
  }
  return next;
}
