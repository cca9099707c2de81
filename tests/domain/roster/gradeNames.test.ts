import { describe, expect, it } from 'vitest';
import { gradeLabel, parseGrade } from '@/domain/roster/gradeNames';
import { GRADE_CODES } from '@/domain/roster/grades';

describe('parseGrade', () => {
  it.each([
    ['一年级', 'P1'], ['二年级', 'P2'], ['六年级', 'P6'],
    ['1年级', 'P1'], ['１年级', 'P1'], ['6年级', 'P6'],
    ['小学一年级', 'P1'], ['小学6年级', 'P6'],
    ['初一', 'J1'], ['初二', 'J2'], ['初三', 'J3'], ['初1', 'J1'], ['初一年级', 'J1'],
    ['七年级', 'J1'], ['八年级', 'J2'], ['九年级', 'J3'], ['7年级', 'J1'], ['９年级', 'J3'],
    ['初中一年级', 'J1'], ['初中七年级', 'J1'], ['初中3年级', 'J3'],
    ['高一', 'S1'], ['高二', 'S2'], ['高三', 'S3'], ['高3', 'S3'],
    ['十年级', 'S1'], ['十一年级', 'S2'], ['十二年级', 'S3'], ['12年级', 'S3'], ['一十二年级', 'S3'],
    ['高中一年级', 'S1'], ['高中十年级', 'S1'],
  ])('%s → %s', (text, code) => {
    expect(parseGrade(text)).toBe(code);
  });

  it('ignores stray spaces, full-width characters and the traditional 級', () => {
    expect(parseGrade(' 初 一 ')).toBe('J1');
    expect(parseGrade('\u3000三年级\u3000')).toBe('P3');
    expect(parseGrade('３ 年级')).toBe('P3');
    expect(parseGrade('七年級')).toBe('J1');
  });

  it.each([
    '', '年级', '三', '3', '十三年级', '0年级', '小学七年级', '小学三', '初四', '初中四年级', '高中五年级',
    '高4', '一班', '2023级', '三年级二班', 'grade 3',
  ])('rejects %j', (text) => {
    expect(parseGrade(text)).toBeNull();
  });

  it('parses every template label back to its code', () => {
    for (const code of GRADE_CODES) expect(parseGrade(gradeLabel(code))).toBe(code);
  });
});

describe('gradeLabel', () => {
  it('uses the template spelling', () => {
    expect(gradeLabel('P1')).toBe('一年级');
    expect(gradeLabel('J2')).toBe('初二');
    expect(gradeLabel('S3')).toBe('高三');
  });
});
