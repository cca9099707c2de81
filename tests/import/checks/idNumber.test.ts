import { describe, expect, it } from 'vitest';
import { checkCharacter } from '@/domain';
import { checkIdNumber } from '@/import/checks/idNumber';
import type { ParsedRow } from '@/import/types';
import { TODAY } from '../helpers/fixtures';
import { IDS } from '../helpers/workbooks';
import { studentFindings } from './helpers';

const withCheck = (first17: string) => first17 + checkCharacter(first17);

function row(idNumber: string, idStoredAsNumber = false): ParsedRow {
  return { key: '0:4', sheet: 's', sheetIndex: 0, row: 4, values: { idNumber }, idStoredAsNumber };
}

/** GB 11643: length, characters, region, real birth date, check digit — in that order. */
describe('ID number checks', () => {
  it.each([
    ['411502201607067', 'idLength'],
    ['41150220160706701234', 'idLength'],
    ['4115022016070670A1', 'idFormat'],
    [withCheck('00150220160706701'), 'idRegion'],
    [withCheck('41150220160230701'), 'idBirthDate'],
    [withCheck('41150220300101701'), 'idBirthDate'],
    ['411502201611117511', 'idChecksum'],
  ])('%s → %s', (id, code) => {
    expect(checkIdNumber(row(id), TODAY).issues.map((i) => i.code)).toEqual([code]);
  });

  it('accepts valid numbers, with X or a lowercase x folded at reading', () => {
    expect(checkIdNumber(row(IDS.girl2016), TODAY)).toEqual({ issues: [], value: IDS.girl2016, gender: 'F' });
    expect(studentFindings([['余伟', IDS.girl2016.toLowerCase(), '一班', '女']])).toEqual([]);
  });

  it('reports an ID Excel stored as a number, without guessing at the lost digits', () => {
    expect(checkIdNumber(row('411502201705177100', true), TODAY).issues).toEqual([
      { field: 'idNumber', code: 'idStoredAsNumber', params: { value: '411502201705177100' } },
    ]);
    expect(studentFindings([['毛长青勇', 411502201705177100, '一班', '女']])).toEqual([[2, 'B', 'idStoredAsNumber']]);
  });

  it('reports only the first problem of the ID and skips the gender check against an invalid ID', () => {
    expect(studentFindings([['高诺', '411502201611117511', '一班', '女']])).toEqual([[2, 'B', 'idChecksum']]);
  });
});
