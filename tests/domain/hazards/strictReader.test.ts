import { describe, expect, it } from 'vitest';
import { formatIssues } from '@/domain/hazards';
import { StrictReader } from '@/domain/hazards/strictReader';

describe('StrictReader', () => {
  it('reports a missing field once, not again as a wrong type', () => {
    const reader = new StrictReader({ name: '姓名' });
    const o = reader.object({}, '', ['name']) ?? {};
    reader.text(o.name, 'name', { max: 10 });
    expect(reader.issues).toEqual([{ path: 'name', message: '“姓名”（name）缺少此项' }]);
  });

  it('refuses control characters, and line breaks unless multiline', () => {
    const reader = new StrictReader({});
    reader.text('a\u0000b', 'a', { max: 10, multiline: true });
    reader.text('a\nb', 'b', { max: 10 });
    reader.text('a\nb', 'c', { max: 10, multiline: true });
    reader.text('a\tb', 'd', { max: 10, multiline: true });
    expect(reader.issues.map((i) => i.path)).toEqual(['a', 'b', 'd']);
  });

  it('counts characters, not UTF-16 units', () => {
    const reader = new StrictReader({});
    reader.text('𠀀𠀀', 'a', { max: 2 });
    expect(reader.issues).toEqual([]);
  });

  it('does not walk an over-long list', () => {
    const reader = new StrictReader({});
    let visited = 0;
    reader.list([1, 2, 3], 'xs', 0, 2, () => (visited += 1));
    expect(visited).toBe(0);
    expect(reader.issues[0]?.message).toBe('xs 不能超过 2 项（现有 3 项）');
  });
});

describe('formatIssues', () => {
  it('joins the first issues and says how many there are in all', () => {
    const issues = ['一', '二', '三', '四'].map((message) => ({ path: '', message }));
    expect(formatIssues(issues.slice(0, 2))).toBe('一；二');
    expect(formatIssues(issues)).toBe('一；二；三；等共 4 处问题');
  });
});
