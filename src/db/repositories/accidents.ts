import { formatIssues, parseAccidentRecord, type AccidentRecord } from '@/domain/hazards';
import type { AccidentDoc } from '@/domain/schemas';
import { newId, nowOf, stampNew, type WriteContext } from './writeContext';

/** A register entry the domain's reader refused, with its reasons in plain Chinese. */
export class AccidentInvalid extends Error {}

/** Records an accident (事故登记) at a school, checked as the server checks it. */
export async function recordAccident(ctx: WriteContext, schoolPath: string, record: AccidentRecord): Promise<string> {
  const parsed = parseAccidentRecord(record, { now: nowOf(ctx) });
  if (!parsed.ok) throw new AccidentInvalid(formatIssues(parsed.issues));
  const id = newId('acd');
  await ctx.db.accidents.insert({ ...stampNew(ctx, id, schoolPath), ...parsed.value, deletedAt: 0 } as AccidentDoc);
  return id;
}
