import { createPerson } from '@/db/repositories/people';
import type { OrgDoc } from '@/domain/schemas';
import { idNumberOf, studentInput, type RosterFixture } from '../../../db/support/rosterFixture';

/** Students of `classUnit`, one per name, each with their own ID number; returns their ids. */
export async function addStudents(f: RosterFixture, classUnit: OrgDoc, names: readonly string[]): Promise<string[]> {
  const ids: string[] = [];
  for (const [i, name] of names.entries()) {
    const created = await createPerson(f.ctx, studentInput(classUnit, { name, idNumber: idNumberOf('20160901', 40 + i) }));
    if (!created.ok) throw new Error(`fixture student ${name} not created`);
    ids.push(created.person.id);
  }
  return ids;
}
