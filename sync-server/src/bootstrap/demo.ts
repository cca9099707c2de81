/**
 * The demo: generateDemoDataset's province → city → county → townships →
 * schools → classes with teachers and students, seeded once, plus one
 * account per role, all with DEMO_PASSWORD and no forced change.
 */
import { generateDemoDataset } from '#domain/demo/demoDataset';
import { withReviewStories } from '#domain/demo/reviewStories';
import { DEMO_PIN, demoContent, demoPins } from '#domain/demo/demoEducation';
import { demoHazards } from '#domain/demo/demoHazards';
import type { Role } from '#domain/auth/roles';
import type { CollectionName, OrgDoc, PersonDoc } from '#domain/schemas/index';
import { createAccount } from '../auth/accounts';
import { commit } from '../replication/commit';
import { writeDocs, type WireDoc } from '../replication/docs';
import type { ChangeHub } from '../replication/hub';
import { validateDoc } from '../replication/validate';
import type { Storage } from '../storage/types';

export const DEMO_PASSWORD = 'Xiaoan@2468';
const SEEDED_KEY = 'demo_seeded_at';
const ACCOUNTS_KEY = 'demo_accounts';

export interface DemoAccount {
  username: string;
  role: Role;
  label: string;
  unit: string;
}

interface Plan extends DemoAccount {
  org: OrgDoc;
  person?: PersonDoc;
}

function pickAccounts(orgs: OrgDoc[], people: PersonDoc[]): Plan[] {
  const first = (kind: OrgDoc['kind'], parent?: OrgDoc) =>
    orgs.find((o) => o.kind === kind && (!parent || o.parentId === parent.id));
  const province = first('province');
  const city = first('city', province);
  const county = first('county', city);
  const township = first('township', county);
  const school = first('school', township);
  const klass = first('class', school);
  if (!province || !city || !county || !township || !school || !klass) throw new Error('demo dataset lacks a level');
  const teacher =
    people.find((p) => p.kind === 'teacher' && p.classId === klass.id && p.isHeadTeacher) ??
    people.find((p) => p.kind === 'teacher' && p.schoolId === school.id);
  const student = people.find((p) => p.kind === 'student' && p.classId === klass.id);
  if (!teacher || !student) throw new Error('demo dataset lacks a teacher or student');
  const plan = (username: string, role: Role, label: string, org: OrgDoc, person?: PersonDoc): Plan => ({
    username,
    role,
    label,
    org,
    person,
    unit: org.name,
  });
  return [
    plan('demo-province', 'province_admin', '省级管理员', province),
    plan('demo-city', 'city_admin', '市级管理员', city),
    plan('demo-county', 'county_admin', '县（区）级管理员', county),
    plan('demo-township', 'township_admin', '乡镇（街道）管理员', township),
    plan('demo-school', 'school_admin', '学校信息管理员', school),
    plan('demo-safety', 'safety_leader', '分管安全校长', school),
    plan('demo-teacher', 'teacher', `教师 ${teacher.name}`, school, teacher),
    plan('demo-student', 'student', `学生 ${student.name}`, klass, student),
    plan('demo-classroom', 'classroom', `${klass.name}教室电脑`, klass),
  ];
}

function checked(collection: CollectionName, docs: object[]): WireDoc[] {
  return docs.map((doc) => {
    const result = validateDoc(collection, { ...doc, _deleted: false });
    if (!result.ok) throw new Error(`demo ${collection} document invalid: ${result.message}`);
    return result.doc;
  });
}

const accountId = (username: string) => `account-${username}`;

/** Safety education for the demo class: what its teacher, students and classroom computer see first. */
async function demoEducation(accounts: Plan[], people: PersonDoc[], now: number) {
  const find = (username: string) => {
    const plan = accounts.find((a) => a.username === username);
    if (!plan) throw new Error(`demo account ${username} missing`);
    return plan;
  };
  const klass = find('demo-classroom').org;
  const content = demoContent(
    {
      county: { org: find('demo-county').org, accountId: accountId('demo-county') },
      school: { org: find('demo-school').org, accountId: accountId('demo-school') },
      klass: { org: klass, teacherAccountId: accountId('demo-teacher') },
    },
    now,
  );
  const students = people.filter((p) => p.kind === 'student' && p.classId === klass.id);
  return { content, activities: await demoPins(klass, students, accountId('demo-teacher'), now) };
}

/** Seed the demo once; returns the demo accounts (also when already seeded). */
export async function ensureDemo(storage: Storage, hub: ChangeHub, now = Date.now()): Promise<DemoAccount[]> {
  if (await storage.getMeta(SEEDED_KEY)) return JSON.parse((await storage.getMeta(ACCOUNTS_KEY)) ?? '[]') as DemoAccount[];
  const dataset = generateDemoDataset({ now });
  const accounts = pickAccounts(dataset.orgs, dataset.people);
  const school = accounts.find((a) => a.username === 'demo-school')?.org;
  // 代录 by the township, reviewed by the school: the review queue and 我的提交 both have something to show.
  const people = school
    ? withReviewStories(dataset.people, { schoolId: school.id, entrant: 'account-demo-township', reviewer: 'account-demo-school', now })
    : dataset.people;
  const table: DemoAccount[] = accounts.map(({ username, role, label, unit }) => ({ username, role, label, unit }));
  const education = await demoEducation(accounts, people, now);

  await commit(storage, hub, async (tx, changes) => {
    for (const [collection, docs] of [
      ['orgs', dataset.orgs],
      ['people', people],
      ['identities', dataset.identities],
      ['content', education.content],
      ['activities', education.activities],
    ] as const) {
      await writeDocs(tx, changes, collection, checked(collection, docs));
    }
    const school = accounts.find((a) => a.username === 'demo-safety')?.org;
    if (school) {
      const actor = (username: string, role: Role) => ({ id: `account-${username}`, role, personId: '' });
      const found = demoHazards(school, {
        safety: actor('demo-safety', 'safety_leader'),
        school: actor('demo-school', 'school_admin'),
        county: actor('demo-county', 'county_admin'),
      }, now);
      await writeDocs(tx, changes, 'inspections', checked('inspections', found.inspections));
      await writeDocs(tx, changes, 'hazards', checked('hazards', found.hazards));
      await writeDocs(tx, changes, 'accidents', checked('accidents', found.accidents));
    }
    for (const a of accounts) {
      if (await tx.findUserByUsername(a.username)) continue;
      await createAccount(tx, changes, {
        id: accountId(a.username),
        username: a.username,
        password: DEMO_PASSWORD,
        mustChangePassword: false,
        role: a.role,
        orgId: a.org.id,
        orgPath: a.org.orgPath,
        personId: a.person?.id ?? '',
        displayName: a.person?.name ?? a.label,
        createdBy: 'demo',
      });
    }
    await tx.setMeta(ACCOUNTS_KEY, JSON.stringify(table));
    await tx.setMeta(SEEDED_KEY, String(now));
  });
  await storage.analyze();
  return table;
}

export function demoTable(accounts: DemoAccount[]): string[] {
  const width = Math.max(...accounts.map((a) => a.username.length));
  return [
    `演示账号（XIAOAN_DEMO=0 可关闭演示），密码均为 ${DEMO_PASSWORD}（若已修改则以新密码为准）：`,
    ...accounts.map((a) => `  ${a.username.padEnd(width)}  ${a.label}（${a.unit}）`),
    `  班级电脑上，演示班级的学生点自己的名字登录，密码均为 ${DEMO_PIN}`,
  ];
}
