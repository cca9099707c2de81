import { SCHOOL_NATURE_LABELS, SCHOOL_STAGE_LABELS, SCHOOL_TYPE_LABELS, compareClassNames, compareNames, gradeLabel, gradeOrder, type AccountDoc, type GradeCode, type IdentityDoc, type OrgDoc, type OrgKind, type PersonDoc, type PersonKind } from '@/domain';
import type { ScopeUnit } from '../checks/context';
import { CITY_DIRECT, TEMPLATES } from '../templates';
import { GENDER_LABELS } from '../templates/codes';
import type { RowValues, TemplateKind } from '../types';
import { writeLayoutWorkbook, type ExtraColumn, type LayoutSheet } from './layout';

/**
 * Rosters exported in the template layout they are imported from, so an
 * exported file re-imports without changes. ID numbers are written in
 * full only when the identity is passed (entitled roles); the caller
 * records the export (who, when, how many rows).
 */
export interface RosterEntry {
  person: PersonDoc;
  identity?: IdentityDoc;
}

/** Cells of one row in the template's column order. */
export function rowCells(kind: TemplateKind, values: RowValues): string[] {
  return TEMPLATES[kind].columns.map((c) => values[c.field] ?? '');
}

function sheet(kind: TemplateKind, name: string, rows: string[][], title?: string, leadColumns: readonly ExtraColumn[] = []): LayoutSheet {
  const template = TEMPLATES[kind];
  return { name, title: title ?? template.title, instructions: template.instructions, columns: template.columns, rows, leadColumns };
}

/** Where a roster export was made from: the listed unit and the file's title. */
export interface ExportScope {
  /** The listed unit's path. Above school level each row names its place below it (乡镇, 学校 …). */
  scopePath: string;
  /** Row 1 of every sheet, naming the listed unit (浉河区学生花名册). */
  title: string;
}

/** The levels a row's place is written in, top down, when the export is above school level. */
const PLACE_LEVELS: readonly { kind: OrgKind; column: ExtraColumn }[] = [
  { kind: 'city', column: { header: '市', width: 10 } },
  { kind: 'county', column: { header: '县（市、区）', width: 12 } },
  { kind: 'township', column: { header: '乡镇（街道）', width: 14 } },
  { kind: 'school', column: { header: '学校', width: 26 } },
];

/** A school's units strictly below the scope, by kind: its place as seen from the listed unit. */
function placeBelow(schoolId: string, byId: ReadonlyMap<string, ScopeUnit>, scopePath: string): Map<OrgKind, string> {
  const place = new Map<OrgKind, string>();
  for (let unit = byId.get(schoolId); unit && unit.orgPath.startsWith(scopePath) && unit.orgPath !== scopePath; unit = byId.get(unit.parentId)) {
    place.set(unit.kind, unit.name);
  }
  return place;
}

function personValues(entry: RosterEntry): RowValues {
  const { person, identity } = entry;
  return {
    name: person.name,
    idNumber: identity?.idNumber ?? person.idMasked,
    grade: person.grade ? gradeLabel(person.grade) : '',
    className: person.className,
    phone: identity?.phone ?? '',
    gender: GENDER_LABELS[person.gender],
  };
}

function byClassThenName(a: RosterEntry, b: RosterEntry): number {
  return compareClassNames(a.person.className, b.person.className) || compareNames(a.person.name, b.person.name);
}

/**
 * Students: one sheet per grade (附件6). Teachers: one sheet per school
 * (附件5). An export above school level puts the place of each row first
 * (乡镇, 学校 …): three schools' 一年级一班 must not read as one class.
 */
export function peopleSheets(kind: PersonKind, entries: readonly RosterEntry[], orgs: readonly ScopeUnit[], scope?: ExportScope): LayoutSheet[] {
  const live = entries.filter((e) => e.person.kind === kind && !e.person.deletedAt);
  const byId = new Map(orgs.map((o) => [o.id, o]));
  const places = new Map<string, Map<OrgKind, string>>();
  for (const { person } of live) {
    if (scope && !places.has(person.schoolId)) places.set(person.schoolId, placeBelow(person.schoolId, byId, scope.scopePath));
  }
  const levels = PLACE_LEVELS.filter((l) => [...places.values()].some((place) => place.has(l.kind)));
  const placeCells = (e: RosterEntry) => levels.map((l) => places.get(e.person.schoolId)?.get(l.kind) ?? '');
  const byPlace = (a: RosterEntry, b: RosterEntry) => {
    const [x, y] = [placeCells(a), placeCells(b)];
    return x.reduce((order, cell, i) => order || compareNames(cell, y[i] ?? ''), 0);
  };
  const groups = new Map<string, RosterEntry[]>();
  for (const entry of live) {
    const key = kind === 'student' ? entry.person.grade : entry.person.schoolId;
    const group = groups.get(key);
    if (group) group.push(entry);
    else groups.set(key, [entry]);
  }
  const keys = [...groups.keys()];
  if (kind === 'student') keys.sort((a, b) => (a ? gradeOrder(a as GradeCode) : 99) - (b ? gradeOrder(b as GradeCode) : 99));
  const nameOf = (key: string) =>
    kind === 'student' ? (key ? gradeLabel(key as GradeCode) : '未分年级') : (orgs.find((o) => o.id === key)?.name ?? TEMPLATES.teacher.sheetName);
  const sheets = keys.map((key) => {
    const rows = [...(groups.get(key) ?? [])]
      .sort((a, b) => byPlace(a, b) || byClassThenName(a, b))
      .map((e) => [...placeCells(e), ...rowCells(kind, personValues(e))]);
    return sheet(kind, nameOf(key), rows, scope?.title, levels.map((l) => l.column));
  });
  return sheets.length > 0 ? sheets : [sheet(kind, TEMPLATES[kind].sheetName, [], scope?.title)];
}

export function exportPeople(kind: PersonKind, entries: readonly RosterEntry[], orgs: readonly ScopeUnit[], scope?: ExportScope): Uint8Array {
  return writeLayoutWorkbook(peopleSheets(kind, entries, orgs, scope));
}

/** 县（区、市） of a school: its parent unit's name, or 市直属 for a school directly under a city. */
function countyText(school: OrgDoc, orgs: readonly ScopeUnit[]): string {
  const parent = orgs.find((o) => o.id === school.parentId);
  return !parent ? '' : parent.kind === 'city' ? CITY_DIRECT : parent.name;
}

/** Schools: two rows per school, safety leader then information administrator (附件3). */
export function schoolSheets(schools: readonly OrgDoc[], orgs: readonly ScopeUnit[], accounts: readonly AccountDoc[], title?: string): LayoutSheet[] {
  const rows = schools
    .filter((s) => s.kind === 'school' && !s.deletedAt && s.school)
    .flatMap((s) => {
      const info = s.school;
      if (!info) return [];
      const person = (role: AccountDoc['role']) => accounts.find((a) => a.orgId === s.id && a.role === role && !a.disabledAt)?.displayName;
      const base: RowValues = {
        schoolName: s.name,
        schoolType: SCHOOL_TYPE_LABELS[info.schoolType],
        nature: SCHOOL_NATURE_LABELS[info.nature],
        stage: SCHOOL_STAGE_LABELS[info.stage],
        county: countyText(s, orgs),
        address: info.address,
      };
      const people = [person('safety_leader') ?? info.principal, person('school_admin')].filter((p): p is string => Boolean(p));
      return people.map((name) => rowCells('school', { ...base, name }));
    });
  return [sheet('school', TEMPLATES.school.sheetName, rows, title)];
}

export function exportSchools(schools: readonly OrgDoc[], orgs: readonly ScopeUnit[], accounts: readonly AccountDoc[], title?: string): Uint8Array {
  return writeLayoutWorkbook(schoolSheets(schools, orgs, accounts, title));
}

/** County bureaus: one row per county administrator account (附件2). Phones and e-mails are not stored. */
export function bureauSheets(accounts: readonly AccountDoc[], orgs: readonly ScopeUnit[], title?: string): LayoutSheet[] {
  const rows = accounts
    .filter((a) => a.role === 'county_admin' && !a.disabledAt)
    .flatMap((a) => {
      const county = orgs.find((o) => o.id === a.orgId);
      if (!county) return [];
      const city = orgs.find((o) => o.id === county.parentId);
      return [{ city: city?.name ?? '', bureau: `${county.name}教育局`, name: a.displayName } satisfies RowValues];
    })
    .map((values, i) => rowCells('bureau', { ...values, seq: String(i + 1) }));
  return [sheet('bureau', TEMPLATES.bureau.sheetName, rows, title)];
}

export function exportBureaus(accounts: readonly AccountDoc[], orgs: readonly ScopeUnit[], title?: string): Uint8Array {
  return writeLayoutWorkbook(bureauSheets(accounts, orgs, title));
}
