import { describe, expect, it } from 'vitest';
import { checkFile } from '@/import/checkFile';
import { readFixture, SHIHE, TODAY } from '../helpers/fixtures';
import { checkFixture, plan } from './helpers';

const FAULTY = '学生账号导入-浉河区董家河镇中心小学-四年级-含错误.xlsx';

/** The commit is all-or-nothing; importing only the valid rows is a separate, explicit choice. */
describe('import modes', () => {
  const result = checkFixture(FAULTY, { template: 'student' });

  it('refuses the whole file in all-or-nothing mode, still counting every row for the preview', () => {
    const planned = plan(result);
    expect(planned.refused).toBe('faultyRows');
    expect(planned.counts).toMatchObject({ new: 68, faulty: 8 });
    expect(planned.writes).toEqual({ orgs: [], identities: [], people: [], accounts: [] });
  });

  it('writes the 68 valid rows when asked to import only those', () => {
    const planned = plan(result, {}, 'validOnly');
    expect(planned.refused).toBeNull();
    expect(planned.writes.people).toHaveLength(68);
    expect(planned.rows.filter((r) => r.status === 'faulty').map((r) => r.row)).toEqual([13, 24, 33, 39, 45, 49, 57, 74]);
  });

  it('refuses a file that cannot be read at all, in either mode', () => {
    const unreadable = { ...result, rows: [], findings: [{ ...result.findings[0]!, sheet: null, row: null, column: null, field: null, code: 'fileCorrupt' as const }] };
    expect(plan(unreadable, {}, 'validOnly').refused).toBe('fileFaulty');
  });

  it('reports a school not found in the subtree on every row, so nothing is imported', () => {
    const unknown = checkFixture(FAULTY, { template: 'student' }, []);
    expect(unknown.findings[0]).toMatchObject({ code: 'schoolNotFound', row: null });
    expect(plan(unknown, { orgs: [] }, 'validOnly').refused).toBe('nothingToImport');
  });

  it('refuses when the checks were given no way to find the school', () => {
    const unplaced = checkFile(readFixture(SHIHE, FAULTY), FAULTY, { template: 'student', context: { today: TODAY } });
    expect(plan(unplaced, {}, 'validOnly').refused).toBe('schoolMissing');
  });
});
