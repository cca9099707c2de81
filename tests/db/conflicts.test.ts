import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dismissConflict, reapplyConflict } from '@/db/repositories/conflicts';
import { createPerson } from '@/db/repositories/people';
import type { ConflictDoc, PersonDoc } from '@/domain/schemas';
import { createRosterFixture, idNumberOf, studentInput, type RosterFixture } from './support/rosterFixture';

let f: RosterFixture;
beforeEach(async () => {
  f = await createRosterFixture();
});
afterEach(async () => {
  await f.db.close();
});

function conflictFor(person: PersonDoc, field: string, losingValue: unknown): ConflictDoc {
  return {
    id: `cf-${field}`,
    orgPath: person.orgPath,
    createdAt: 1,
    createdBy: 'device-b',
    modifiedAt: 1,
    modifiedBy: 'device-b',
    kind: 'merge',
    reason: '',
    sourceCollection: 'people',
    docId: person.id,
    field,
    winningValue: JSON.stringify(person[field as keyof PersonDoc]),
    losingValue: JSON.stringify(losingValue),
    losingBy: 'device-a',
    status: 'open',
    resolvedBy: '',
    resolvedAt: 0,
  };
}

describe('conflict review', () => {
  it('re-applies a lost name, recomputes the search key and closes the record', async () => {
    const created = await createPerson(f.ctx, studentInput(f.class1, { name: '张三', idNumber: idNumberOf('20160901', 11) }));
    if (!created.ok) throw new Error('fixture');
    const conflict = conflictFor(created.person, 'name', '张叁丰');
    await f.db.conflicts.insert(conflict);

    await reapplyConflict(f.ctx, conflict);

    const person = (await f.db.people.findOne(created.person.id).exec())?.toJSON() as PersonDoc;
    expect(person.name).toBe('张叁丰');
    expect(person.nameSearch).toContain('zhangsanfeng');
    expect((await f.db.conflicts.findOne(conflict.id).exec())?.status).toBe('reapplied');
  });

  it('dismissing keeps the current value', async () => {
    const created = await createPerson(f.ctx, studentInput(f.class1, { name: '李四', idNumber: idNumberOf('20160901', 33) }));
    if (!created.ok) throw new Error('fixture');
    const conflict = conflictFor(created.person, 'name', '李肆');
    await f.db.conflicts.insert(conflict);

    await dismissConflict(f.ctx, conflict.id);

    expect((await f.db.people.findOne(created.person.id).exec())?.name).toBe('李四');
    expect((await f.db.conflicts.findOne(conflict.id).exec())?.toJSON()).toMatchObject({ status: 'dismissed', resolvedBy: f.ctx.actor });
  });
});
