import { describe, expect, it } from 'vitest';
import { isAppendOnlyKind, mergeAppendOnly } from '@/domain/activities/appendOnly';

const rec = (id: string, correct: number) => ({ id, kind: 'attempt', data: { correct } });

describe('mergeAppendOnly', () => {
  it('keeps every record from both sides, once each, existing first', () => {
    const { records, conflicts } = mergeAppendOnly([rec('a', 1), rec('b', 2)], [rec('c', 3), rec('a', 1), rec('d', 4)]);
    expect(records.map((r) => r.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(conflicts).toEqual([]);
  });

  it('keeps the first-held version of a rewritten record and reports the rewrite', () => {
    const { records, conflicts } = mergeAppendOnly([rec('a', 1)], [rec('a', 5)]);
    expect(records).toEqual([rec('a', 1)]);
    expect(conflicts).toEqual([{ id: 'a', kept: rec('a', 1), refused: rec('a', 5) }]);
  });

  it('treats key order as irrelevant', () => {
    expect(mergeAppendOnly([{ id: 'a', x: 1, y: 2 }], [{ y: 2, x: 1, id: 'a' }]).conflicts).toEqual([]);
  });

  it('gives the same records whichever side merges first when nothing was rewritten', () => {
    const left = [rec('a', 1), rec('b', 2)];
    const right = [rec('b', 2), rec('c', 3)];
    const ids = (rs: { id: string }[]) => rs.map((r) => r.id).sort();
    expect(ids(mergeAppendOnly(left, right).records)).toEqual(ids(mergeAppendOnly(right, left).records));
  });
});

describe('isAppendOnlyKind', () => {
  it('covers attempts and completions only', () => {
    expect(['attempt', 'completion', 'acknowledgement', 'lesson_session', 'drill'].map((k) => isAppendOnlyKind(k as never))).toEqual([
      true, true, false, false, false,
    ]);
  });
});
