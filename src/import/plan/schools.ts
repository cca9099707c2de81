import { childPath, pick, type AccountDoc, type OrgDoc, type Role, type SchoolInfo } from '@/domain';
import type { CheckedRow } from '../checks/checkWorkbook';
import type { SchoolRecord } from '../checks/schoolRow';
import type { AccountFactory } from './accounts';
import { stampEdit, stampNew, type Stamper } from './stamp';
import type { ImportWrites, PlannedRow } from './types';

export interface UnitsContext {
  stamper: Stamper;
  makeAccount: AccountFactory;
  orgs: readonly OrgDoc[];
  accounts: readonly AccountDoc[];
}

/** 附件3's two rows per school: the safety leader (分管安全校长) first, the information administrator second. */
const ROLE_BY_POSITION: readonly Role[] = ['safety_leader', 'school_admin'];
const COMPARED = ['schoolType', 'nature', 'stage', 'address', 'principal'] as const;

/** A live account of this role, unit and person name: the row's account already exists. */
export function hasAccount(accounts: readonly AccountDoc[], orgId: string, role: Role, displayName: string): boolean {
  return accounts.some((a) => a.orgId === orgId && a.role === role && a.displayName === displayName && !a.disabledAt);
}

function schoolInfo(record: SchoolRecord, principal: string, old?: SchoolInfo): SchoolInfo {
  // The template has no 学校标识码 or 城乡分类代码: those stay as the unit has them.
  return { ...pick(record, ['schoolType', 'nature', 'stage', 'address']), schoolCode: old?.schoolCode ?? '', urbanRural: old?.urbanRural ?? '', principal };
}

/**
 * Schools template: one school unit per school name under its 县（区、市）
 * unit (matched by name and parent, created when missing, updated when its
 * fields changed) and one account per row. A changed person gets a new
 * account; the old one stays until an administrator disables it.
 */
export function planSchools(ctx: UnitsContext, rows: readonly CheckedRow[]): { rows: PlannedRow[]; writes: Pick<ImportWrites, 'orgs' | 'accounts'> } {
  const writes: Pick<ImportWrites, 'orgs' | 'accounts'> = { orgs: [], accounts: [] };
  const planned = new Map<string, PlannedRow>();
  const groups = new Map<string, CheckedRow[]>();
  for (const row of rows) {
    const name = row.values.schoolName ?? '';
    const group = groups.get(name);
    if (group) group.push(row);
    else groups.set(name, [row]);
  }

  for (const group of groups.values()) {
    const valid = group.filter((r) => !r.faulty && r.record?.type === 'school');
    const recordOf = (row: CheckedRow | undefined) => (row?.record?.type === 'school' ? row.record.value : undefined);
    const record = recordOf(valid[0]);
    // Without the units the checks could not place the school: its rows cannot be planned.
    const parent = record ? ctx.orgs.find((o) => o.id === record.parentId) : undefined;
    group.forEach((row, position) => {
      if (!valid.includes(row) || !ROLE_BY_POSITION[position] || !parent) {
        planned.set(row.key, { key: row.key, sheet: row.sheet, row: row.row, status: 'faulty', changes: record && !parent ? ['parent'] : [], recordId: '' });
      }
    });
    if (!record || !parent) continue;
    // 负责人 of the school: the safety leader's row when it is valid.
    const principal = recordOf(group[0])?.person ?? record.person;

    const old = ctx.orgs.find((o) => o.kind === 'school' && !o.deletedAt && o.parentId === parent.id && o.name === record.schoolName);
    let school: OrgDoc;
    let schoolChanges: string[] = [];
    if (!old) {
      const id = ctx.stamper.newId('sch');
      school = {
        ...stampNew(ctx.stamper, id, childPath(parent.orgPath, id)),
        kind: 'school',
        name: record.schoolName,
        parentId: parent.id,
        regionCode: '',
        sortKey: record.schoolName,
        school: schoolInfo(record, principal),
        deletedAt: 0,
      };
      writes.orgs.push(school);
    } else {
      const info = schoolInfo(record, principal, old.school);
      schoolChanges = COMPARED.filter((field) => info[field] !== old.school?.[field]);
      school = schoolChanges.length > 0 ? { ...old, school: info, ...stampEdit(ctx.stamper) } : old;
      if (schoolChanges.length > 0) writes.orgs.push(school);
    }

    group.forEach((row, position) => {
      const role = ROLE_BY_POSITION[position];
      const person = recordOf(row)?.person;
      if (planned.has(row.key) || !role || !person) return;
      const accountExists = old !== undefined && hasAccount(ctx.accounts, school.id, role, person);
      if (!accountExists) writes.accounts.push(ctx.makeAccount({ role, orgId: school.id, orgPath: school.orgPath, displayName: person }));
      // School changes are reported on the school's first row.
      const changes = [...(row === valid[0] ? schoolChanges : []), ...(accountExists ? [] : ['account'])];
      const status = !old ? 'new' : changes.length > 0 ? 'changed' : 'unchanged';
      planned.set(row.key, { key: row.key, sheet: row.sheet, row: row.row, status, changes: old ? changes : [], recordId: school.id });
    });
  }
  return { rows: rows.map((r) => planned.get(r.key) ?? { key: r.key, sheet: r.sheet, row: r.row, status: 'faulty', changes: [], recordId: '' }), writes };
}
