import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import type { RxStorage } from 'rxdb';
import { firstValueFrom } from 'rxjs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDatabase } from '@/db/database';
import { testConflictHandler } from './support/conflictHandler';
import { initialPasswords$ } from '@/db/repositories/initialPasswords';
import { commitImport, type ImportCommitInput } from '@/db/repositories/importCommit';
import {
  importInProgress,
  readJournal,
  resumeImportJournal,
  rolledBackIds,
  takeResumedImport,
  type ImportJournal,
} from '@/db/repositories/importJournal';
import { createOrgUnit } from '@/db/repositories/orgs';
import type { WriteContext } from '@/db/repositories/writeContext';
import type { XiaoanDatabase } from '@/db/types';
import { seedImportUnits } from './support/importUnits';
import type { AuditDoc, OrgDoc } from '@/domain/schemas';
import { checkFile, planImport, type ImportPlan } from '@/import';

const FIXTURES = fileURLToPath(new URL('../../../shared/fixtures/roster-shihe/', import.meta.url));
const WHOLE_SCHOOL = '学生账号导入-浉河区董家河镇中心小学-全校.xlsx';
const TODAY = new Date(2025, 8, 1);
const ACTOR = 'acc-township';

interface World {
  db: XiaoanDatabase;
  ctx: WriteContext;
  storage: RxStorage<unknown, unknown>;
  name: string;
  school: OrgDoc;
  orgs: OrgDoc[];
}

let counter = 0;
const open: XiaoanDatabase[] = [];

async function openDb(name: string, storage: RxStorage<unknown, unknown>): Promise<XiaoanDatabase> {
  const db = await createDatabase({ name, storage, conflictHandler: testConflictHandler() });
  open.push(db);
  return db;
}

afterEach(async () => {
  for (const db of open.splice(0)) if (!db.closed) await db.close();
});

/** 浉河区 › 董家河镇 › a primary school with 三年级一班 and 二班, in memory. */
async function createWorld(): Promise<World> {
  const storage = getRxStorageMemory() as RxStorage<unknown, unknown>;
  const name = `importcommit${Date.now()}x${++counter}`;
  const db = await openDb(name, storage);
  const ctx: WriteContext = { db, actor: ACTOR };
  const seed: WriteContext = { db, actor: 'seed' };
  const { province, city, county, township, school } = await seedImportUnits(seed);
  const class1 = await createOrgUnit(seed, { kind: 'class', name: '', parent: school, classInfo: { grade: 'P3', className: '一班' } });
  const class2 = await createOrgUnit(seed, { kind: 'class', name: '', parent: school, classInfo: { grade: 'P3', className: '二班' } });
  return { db, ctx, storage, name, school, orgs: [province, city, county, township, school, class1, class2] };
}

function planWholeSchool(world: World, now = Date.now()): ImportPlan {
  const bytes = new Uint8Array(readFileSync(`${FIXTURES}${WHOLE_SCHOOL}`));
  const result = checkFile(bytes, WHOLE_SCHOOL, { template: 'student', context: { schoolId: world.school.id, orgs: world.orgs, today: TODAY } });
  return planImport({ result, mode: 'allOrNothing', actor: ACTOR, now, orgs: world.orgs, people: [], accounts: [], isUsernameTaken: () => false });
}

function commitInput(world: World, plan: ImportPlan): ImportCommitInput {
  return {
    writes: plan.writes,
    file: WHOLE_SCHOOL,
    template: 'student',
    mode: plan.mode,
    counts: plan.counts,
    schoolId: world.school.id,
    auditPath: world.school.orgPath,
  };
}

async function countAll(db: XiaoanDatabase) {
  const [orgs, identities, people, accounts, audit] = await Promise.all([
    db.orgs.count().exec(),
    db.identities.count().exec(),
    db.people.count().exec(),
    db.accounts.count().exec(),
    db.audit.count().exec(),
  ]);
  return { orgs, identities, people, accounts, audit };
}

/** Every ID number is on file once, and every person has its identity and one account. */
async function expectConsistent(db: XiaoanDatabase, people: number): Promise<void> {
  const identities = (await db.identities.find().exec()).map((d) => d.toJSON());
  expect(new Set(identities.map((i) => i.idNumber)).size).toBe(identities.length);
  const persons = (await db.people.find().exec()).map((d) => d.toJSON());
  expect(persons).toHaveLength(people);
  const identityIds = new Set(identities.map((i) => i.id));
  expect(persons.every((p) => identityIds.has(p.id))).toBe(true);
  const accounts = (await db.accounts.find().exec()).map((d) => d.toJSON());
  expect(new Set(accounts.map((a) => a.personId)).size).toBe(accounts.length);
}

// Real workbooks read, checked and planned (pinyin for hundreds of names) in-process: seconds on a busy machine.
describe('commitImport', { timeout: 30_000 }, () => {
  it('writes the whole-school workbook: 456 students with identities and accounts, new classes, one audit record', async () => {
    const world = await createWorld();
    const before = await countAll(world.db);
    const plan = planWholeSchool(world);
    expect(plan.refused).toBeNull();
    expect(plan.counts).toMatchObject({ new: 456, changed: 0, unchanged: 0, faulty: 0, accounts: 456, classes: 10 });

    const result = await commitImport(world.ctx, commitInput(world, plan));
    expect(result.written).toEqual({ orgs: 10, identities: 456, people: 456, accounts: 456, audit: 1 });
    expect(await countAll(world.db)).toEqual({ ...before, orgs: before.orgs + 10, identities: 456, people: 456, accounts: 456, audit: 1 });
    await expectConsistent(world.db, 456);
    expect(await readJournal(world.db)).toBeNull();

    // Entered on behalf of the school: who entered it, awaiting the school's review.
    const people = (await world.db.people.find().exec()).map((d) => d.toJSON());
    expect(people.every((p) => p.enteredBy === ACTOR && p.createdBy === ACTOR && p.review.status === 'pending' && p.schoolId === world.school.id)).toBe(true);
    const accounts = (await world.db.accounts.find().exec()).map((d) => d.toJSON());
    expect(accounts.every((a) => a.status === 'pending' && a.username === '' && a.requestedUsername !== '' && a.mustChangePassword && a.initialPassword.length >= 8)).toBe(true);
    // This device keeps the passwords for the slips: the server will not send them back.
    const passwords = await firstValueFrom(initialPasswords$(world.db));
    expect(accounts.every((a) => passwords[a.id] === a.initialPassword)).toBe(true);

    const audit = (await world.db.audit.findOne(result.auditId).exec())?.toJSON() as AuditDoc;
    expect(audit).toMatchObject({ kind: 'import', rowCount: 456, orgPath: world.school.orgPath, createdBy: ACTOR });
    expect(audit.detail).toMatchObject({ file: WHOLE_SCHOOL, template: 'student', schoolId: world.school.id, counts: { new: 456, accounts: 456 } });
  });

  it('re-importing the same file changes nothing: all rows unchanged, no documents to write', async () => {
    const world = await createWorld();
    const first = planWholeSchool(world);
    await commitImport(world.ctx, commitInput(world, first));
    const orgs = (await world.db.orgs.find().exec()).map((d) => d.toJSON());
    const people = (await world.db.people.find().exec()).map((d) => d.toJSON());
    const identities = new Map((await world.db.identities.find().exec()).map((d) => [d.id, d.toJSON()]));
    const accounts = (await world.db.accounts.find().exec()).map((d) => d.toJSON());
    const bytes = new Uint8Array(readFileSync(`${FIXTURES}${WHOLE_SCHOOL}`));
    const result = checkFile(bytes, WHOLE_SCHOOL, { template: 'student', context: { schoolId: world.school.id, orgs, today: TODAY } });
    const again = planImport({
      result,
      mode: 'allOrNothing',
      actor: ACTOR,
      now: Date.now(),
      orgs,
      people: people.map((person) => ({ person, identity: identities.get(person.id)! })),
      accounts,
      isUsernameTaken: () => false,
    });
    expect(again.counts).toMatchObject({ new: 0, changed: 0, unchanged: 456, accounts: 0, classes: 0 });
    expect(again.refused).toBe('nothingToImport');
  });
});

describe('import journal (crash safety)', { timeout: 30_000 }, () => {
  it('holds ids and the earlier state of changed documents only, never a copy of the new ones', async () => {
    const world = await createWorld();
    const plan = planWholeSchool(world);
    let journal: ImportJournal | null = null;
    const spy = vi.spyOn(world.db.audit, 'bulkUpsert').mockImplementationOnce(async () => {
      journal = await readJournal(world.db);
      throw new Error('stop here');
    });
    await expect(commitImport(world.ctx, commitInput(world, plan))).rejects.toThrow('stop here');
    spy.mockRestore();
    expect(journal).not.toBeNull();
    const open = journal as unknown as ImportJournal;
    expect(open.ids.people).toHaveLength(456);
    expect(open.previous).toEqual({ orgs: [], identities: [], people: [], accounts: [], audit: [] });
    // Ids and stamps: a few tens of KB for 1,378 documents, not the documents themselves.
    expect(JSON.stringify(open).length).toBeLessThan(80 * 1378);
    expect(JSON.stringify(open)).not.toContain(plan.writes.identities[0]?.idNumber ?? '?');
  });

  it('rolls back an import the tab left half-written when the database opens again: nothing of it is left', async () => {
    const world = await createWorld();
    const before = await countAll(world.db);
    const plan = planWholeSchool(world);
    // The tab closes while the people are written: 200 are in, the write never returns, nothing after it runs.
    vi.spyOn(world.db.people, 'bulkUpsert').mockImplementationOnce(async (docs) => {
      await world.db.people.bulkInsert(docs.slice(0, 200) as never);
      return new Promise(() => undefined);
    });
    void commitImport(world.ctx, commitInput(world, plan));
    await vi.waitFor(async () => expect(await world.db.people.count().exec()).toBe(200), { timeout: 10_000 });
    vi.restoreAllMocks();
    expect(await countAll(world.db)).toMatchObject({ identities: 456, people: 200, accounts: 0, audit: 0 });
    expect(await readJournal(world.db)).not.toBeNull();
    await world.db.close();

    const reopened = await openDb(world.name, world.storage);
    expect(await importInProgress(reopened)).toBe(true); // uploads wait meanwhile
    const resumed = await resumeImportJournal(reopened);
    expect(resumed).toMatchObject({ file: WHOLE_SCHOOL, documents: 10 + 456 + 200 });
    expect(await countAll(reopened)).toEqual(before);
    expect(await readJournal(reopened)).toBeNull();
    expect(await importInProgress(reopened)).toBe(false);
    // Removed before they were ever uploaded: their removals are not uploaded either.
    const never = await rolledBackIds(reopened);
    expect(never.size).toBe(10 + 456); // a person and its identity share their id
    expect(never.has(plan.writes.people[0]?.id ?? '?')).toBe(true);
    // The import page says once that the interrupted import was undone.
    expect(await takeResumedImport(reopened)).toMatchObject({ file: WHOLE_SCHOOL });
    expect(await takeResumedImport(reopened)).toBeNull();
    expect(await resumeImportJournal(reopened)).toBeNull();
    // The same file imports again, whole.
    const again = await commitImport({ db: reopened, actor: ACTOR }, commitInput(world, planWholeSchool(world)));
    expect(again.written).toMatchObject({ identities: 456, people: 456, accounts: 456, audit: 1 });
    await expectConsistent(reopened, 456);
  });

  it('rolls back at once an import whose write failed half-way (storage full): all or nothing', async () => {
    const world = await createWorld();
    const before = await countAll(world.db);
    const plan = planWholeSchool(world);
    const spy = vi.spyOn(world.db.accounts, 'bulkUpsert').mockRejectedValueOnce(new Error('QuotaExceededError'));
    await expect(commitImport(world.ctx, commitInput(world, plan))).rejects.toThrow('QuotaExceededError');
    spy.mockRestore();
    expect(await countAll(world.db)).toEqual(before);
    expect(await readJournal(world.db)).toBeNull();
  });

  it('puts back the earlier state of a document the import changed, and removes the one it created', async () => {
    const world = await createWorld();
    const first = planWholeSchool(world, 1_000);
    await commitImport(world.ctx, commitInput(world, first));
    const person = first.writes.people[0]!;
    const stored = (await world.db.people.findOne(person.id).exec())!.toJSON();
    // A second import changes this person (a plan's changed row keeps createdAt) and creates another.
    const changed = { ...stored, name: '改名', modifiedAt: 2_000, modifiedBy: ACTOR };
    const other = { ...stored, id: 'p-new', name: '新人', createdAt: 2_000, modifiedAt: 2_000, modifiedBy: ACTOR };
    const writes = { orgs: [], identities: [], people: [changed, other], accounts: [] };
    const spy = vi.spyOn(world.db.audit, 'bulkUpsert').mockRejectedValueOnce(new Error('stop'));
    await expect(commitImport(world.ctx, { ...commitInput(world, first), writes })).rejects.toThrow('stop');
    spy.mockRestore();
    expect((await world.db.people.findOne(person.id).exec())?.name).toBe(stored.name);
    expect(await world.db.people.findOne('p-new').exec()).toBeNull();
  });
});
