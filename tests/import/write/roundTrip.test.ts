import { describe, expect, it } from 'vitest';
import { checkFile } from '@/import/checkFile';
import type { ExistingPerson } from '@/import/plan';
import { exportBureaus, exportPeople, exportSchools } from '@/import/write/exportRoster';
import { TODAY } from '../helpers/fixtures';
import { cityOrgs, school, sequentialIds } from '../helpers/world';
import { checkFixture, plan, TEACHERS, WHOLE_SCHOOL } from '../plan/helpers';

/** Issue 4 §8: exporting a roster and importing the export changes nothing. */
function firstImport(file: string, template: 'teacher' | 'student') {
  const first = plan(checkFixture(file, { template }));
  const orgs = [...cityOrgs, ...first.writes.orgs];
  const identities = new Map(first.writes.identities.map((i) => [i.id, i]));
  const people: ExistingPerson[] = first.writes.people.map((person) => ({ person, identity: identities.get(person.id)! }));
  return { first, orgs, people };
}

// The 10,000-row workbook takes about a second; a loaded CI machine may take several.
describe('export → import round trip', { timeout: 30_000 }, () => {
  it.each([
    [WHOLE_SCHOOL, 'student', 456],
    [TEACHERS, 'teacher', 12],
  ] as const)('%s: the re-imported export is all unchanged', (file, template, rows) => {
    const { first, orgs, people } = firstImport(file, template);
    const exported = exportPeople(template, people, orgs);
    const result = checkFile(exported, `${template}-export.xlsx`, { template, context: { schoolId: school.id, orgs, today: TODAY } });
    expect(result.findings).toEqual([]);
    const again = plan(result, { orgs, people, accounts: first.writes.accounts, newId: sequentialIds('again-') });
    expect(again.counts).toEqual({ new: 0, changed: 0, unchanged: rows, faulty: 0, accounts: 0, classes: 0 });
    expect(again.writes).toEqual({ orgs: [], identities: [], people: [], accounts: [] });
  });

  it('exports students one sheet per grade, in the template layout', () => {
    const { orgs, people } = firstImport(WHOLE_SCHOOL, 'student');
    const result = checkFile(exportPeople('student', people, orgs), 'e.xlsx', { template: 'student' });
    expect(result.sheets.map((s) => [s.name, s.headerRow, s.rowCount])).toEqual([
      ['一年级', 3, 76], ['二年级', 3, 76], ['三年级', 3, 76], ['四年级', 3, 76], ['五年级', 3, 76], ['六年级', 3, 76],
    ]);
  });

  it('schools: export → import is all unchanged', () => {
    const first = plan(checkFixture('学校账号导入.xlsx', { template: 'school' }));
    const orgs = [...cityOrgs.filter((o) => o.id !== school.id), ...first.writes.orgs];
    const exported = exportSchools(first.writes.orgs, orgs, first.writes.accounts);
    const result = checkFile(exported, 'schools.xlsx', { template: 'school', context: { orgs, today: TODAY } });
    expect(result.findings).toEqual([]);
    expect(plan(result, { orgs, accounts: first.writes.accounts }).counts).toMatchObject({ new: 0, changed: 0, unchanged: 12 });
  });

  it('bureaus: export → import is all unchanged', () => {
    const first = plan(checkFixture('县区教育局联系清单.xlsx', { template: 'bureau' }));
    const exported = exportBureaus(first.writes.accounts, cityOrgs);
    const result = checkFile(exported, 'bureaus.xlsx', { template: 'bureau', context: { orgs: cityOrgs, today: TODAY } });
    expect(result.findings).toEqual([]);
    expect(plan(result, { accounts: first.writes.accounts }).counts).toMatchObject({ new: 0, unchanged: 4 });
  });
});
