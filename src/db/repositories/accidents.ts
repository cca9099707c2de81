import { map, type Observable } from 'rxjs';
import { formatIssues, parseAccidentPersons, parseAccidentRecord, uncountedPersons, type AccidentPerson, type AccidentRecord } from '@/domain/hazards';
import { ACCIDENT_PERSONS_KIND, type AccidentDoc, type AccidentPersonDoc, type IdentityDoc } from '@/domain/schemas';
import type { XiaoanDatabase } from '../types';
import { newId, nowOf, stampNew, type WriteContext } from './writeContext';

/** A register entry the domain's reader refused, with its reasons in plain Chinese. */
export class AccidentInvalid extends Error {}

/**
 * Records an accident (事故登记) at a school, checked as the server checks it.
 * The names of the people it hurt go to `identities` (kind
 * `accident_persons`, the accident's id), where only the school and the
 * levels reading personal data receive them; the entry keeps the numbers.
 */
export async function recordAccident(
  ctx: WriteContext,
  schoolPath: string,
  record: AccidentRecord,
  persons: readonly AccidentPerson[] = [],
): Promise<string> {
  const parsed = parseAccidentRecord(record, { now: nowOf(ctx) });
  if (!parsed.ok) throw new AccidentInvalid(formatIssues(parsed.issues));
  const id = newId('acd');
  const named = parseAccidentPersons({ accidentId: id, persons });
  if (!named.ok) throw new AccidentInvalid(formatIssues(named.issues));
  const uncounted = uncountedPersons(parsed.value.casualties, named.value.persons);
  if (uncounted) throw new AccidentInvalid(uncounted.reason);
  await ctx.db.accidents.insert({ ...stampNew(ctx, id, schoolPath), ...parsed.value, deletedAt: 0 } as AccidentDoc);
  if (named.value.persons.length) {
    const doc: IdentityDoc = {
      ...stampNew(ctx, id, schoolPath), idNumber: '', phone: '', studentNo: '', kind: ACCIDENT_PERSONS_KIND, persons: named.value.persons,
    };
    await ctx.db.identities.insert(doc);
  }
  return id;
}

/**
 * The named persons of these accidents this device holds, by accident id,
 * live. Only devices whose user may read them have any: they replicate with
 * personal data.
 */
export function accidentPersons$(db: XiaoanDatabase, accidentIds: readonly string[]): Observable<Map<string, readonly AccidentPersonDoc[]>> {
  return db.identities.findByIds([...accidentIds]).$.pipe(
    map((found) => {
      const out = new Map<string, readonly AccidentPersonDoc[]>();
      for (const [id, doc] of found) {
        const identity = doc.toJSON() as IdentityDoc;
        if (identity.kind === ACCIDENT_PERSONS_KIND && identity.persons?.length) out.set(id, identity.persons);
      }
      return out;
    }),
  );
}
