import { describe, expect, it } from 'vitest';
import { recheckWithCorrections } from '@/import/checks/recheck';
import { handleRequest } from '@/import/worker/handleRequest';
import type { WorkerReply } from '@/import/worker/protocol';
import { TODAY } from '../helpers/fixtures';
import { IDS } from '../helpers/workbooks';
import { brief, checkStudents } from './helpers';

const context = { today: TODAY };

describe('recheckWithCorrections', () => {
  it('runs the same checks on a corrected row: fixed findings go, the row becomes importable', () => {
    const checked = checkStudents([['黎涛', IDS.boy2016, '一班', '男'], ['余伟', '41150220160', '一班', '女']]);
    expect(brief(checked.findings)).toEqual([[3, 'B', expect.any(String)]]);
    const key = checked.rows[1]?.key ?? '';

    const fixed = recheckWithCorrections(checked, { [key]: { idNumber: IDS.girl2016 } }, context);
    expect(fixed.findings).toEqual([]);
    expect(fixed.counts).toMatchObject({ rows: 2, faulty: 0 });
    expect(fixed.rows[1]).toMatchObject({ faulty: false, values: { name: '余伟', idNumber: IDS.girl2016 } });
    expect(fixed.rows[1]?.record).not.toBeNull();
  });

  it('checks across rows too: a correction that duplicates another row’s ID number is a finding, ', () => {
    const checked = checkStudents([['黎涛', IDS.boy2016, '一班', '男'], ['余伟', '41150220160', '一班', '女']]);
    const key = checked.rows[1]?.key ?? '';
    const duplicate = recheckWithCorrections(checked, { [key]: { idNumber: IDS.boy2016 } }, context);
    expect(brief(duplicate.findings).map(([row, , code]) => [row, code])).toEqual(expect.arrayContaining([[3, 'duplicateId']]));
    expect(duplicate.rows[1]?.faulty).toBe(true);
  });

  it('runs in the import worker like the file’s own check', () => {
    const checked = checkStudents([['余伟', '41150220160', '一班', '女']]);
    const replies: WorkerReply[] = [];
    handleRequest({ type: 'recheck', id: 'r1', result: checked, corrections: { [checked.rows[0]?.key ?? '']: { idNumber: IDS.girl2016 } }, context }, (r) => replies.push(r));
    expect(replies).toMatchObject([{ type: 'result', id: 'r1', result: { counts: { faulty: 0 } } }]);
  });
});
