import { describe, expect, it } from 'vitest';
import { mergeThreeWay } from '@/domain/sync/merge';

interface TestDoc {
  id: string;
  name: string;
  className: string;
  phoneMasked: string;
  review: { status: string; reason: string };
  tags?: string[];
  modifiedAt: number;
  modifiedBy: string;
  _deleted?: boolean;
  _rev?: string;
  _meta?: { lwt: number };
}

const base: TestDoc = {
  id: 'p-1',
  name: '张三',
  className: '一班',
  phoneMasked: '138****5678',
  review: { status: 'pending', reason: '' },
  tags: ['a'],
  modifiedAt: 1000,
  modifiedBy: 'u-base',
  _deleted: false,
};

const edit = (doc: TestDoc, changes: Partial<TestDoc>): TestDoc => ({ ...doc, ...changes });

describe('mergeThreeWay', () => {
  it('takes a field changed on one side only from that side', () => {
    const local = edit(base, { name: '张叁', modifiedAt: 2000, modifiedBy: 'u-local' });
    const remote = edit(base, { className: '二班', modifiedAt: 3000, modifiedBy: 'u-remote' });
    const { merged, conflicts } = mergeThreeWay(base, local, remote);
    expect(merged).toEqual({ ...base, name: '张叁', className: '二班', modifiedAt: 3000, modifiedBy: 'u-remote' });
    expect(conflicts).toEqual([]);
  });

  it('keeps a one-sided change even when the other side is later', () => {
    const local = edit(base, { name: '张叁', modifiedAt: 2000, modifiedBy: 'u-local' });
    const remote = edit(base, { modifiedAt: 9000, modifiedBy: 'u-remote' });
    expect(mergeThreeWay(base, local, remote).merged.name).toBe('张叁');
    expect(mergeThreeWay(base, remote, local).merged.name).toBe('张叁');
  });

  it('reports no conflict when both sides made the same change', () => {
    const local = edit(base, { className: '三班', modifiedAt: 2000, modifiedBy: 'u-local' });
    const remote = edit(base, { className: '三班', modifiedAt: 1500, modifiedBy: 'u-remote' });
    const { merged, conflicts } = mergeThreeWay(base, local, remote);
    expect(merged.className).toBe('三班');
    expect(conflicts).toEqual([]);
    expect(merged.modifiedAt).toBe(2000);
    expect(merged.modifiedBy).toBe('u-local');
  });

  it('lets the later modifiedAt win a field changed on both sides, and reports the loser', () => {
    const local = edit(base, { className: '三班', modifiedAt: 2000, modifiedBy: 'u-local' });
    const remote = edit(base, { className: '四班', modifiedAt: 3000, modifiedBy: 'u-remote' });
    const { merged, conflicts } = mergeThreeWay(base, local, remote);
    expect(merged.className).toBe('四班');
    expect(merged.modifiedAt).toBe(3000);
    expect(merged.modifiedBy).toBe('u-remote');
    expect(conflicts).toEqual([{ field: 'className', winningValue: '四班', losingValue: '三班', losingBy: 'u-local' }]);
  });

  it('decides ties by modifiedBy, then by the value, the same whichever side is local', () => {
    const a = edit(base, { className: '三班', modifiedAt: 2000, modifiedBy: 'u-a' });
    const b = edit(base, { className: '四班', modifiedAt: 2000, modifiedBy: 'u-b' });
    expect(mergeThreeWay(base, a, b).merged).toEqual(mergeThreeWay(base, b, a).merged);
    expect(mergeThreeWay(base, a, b).merged.className).toBe('四班');
    expect(mergeThreeWay(base, a, b).merged.modifiedBy).toBe('u-b');

    const sameAuthor = edit(b, { modifiedBy: 'u-a' });
    const one = mergeThreeWay(base, a, sameAuthor);
    const other = mergeThreeWay(base, sameAuthor, a);
    expect(one.merged).toEqual(other.merged);
    // '"四班"' > '"三班"' in code-point order (四 U+56DB > 三 U+4E09).
    expect(one.merged.className).toBe('四班');
    expect(one.conflicts).toEqual([{ field: 'className', winningValue: '四班', losingValue: '三班', losingBy: 'u-a' }]);
  });

  it('treats a nested object as one value', () => {
    const local = edit(base, { review: { status: 'returned', reason: '身份证号有误' }, modifiedAt: 2000, modifiedBy: 'u-local' });
    const remote = edit(base, { review: { status: 'approved', reason: '' }, modifiedAt: 1500, modifiedBy: 'u-remote' });
    const { merged, conflicts } = mergeThreeWay(base, local, remote);
    // The status and its reason travel together: never "approved" with a return reason.
    expect(merged.review).toEqual({ status: 'returned', reason: '身份证号有误' });
    expect(conflicts).toEqual([
      { field: 'review', winningValue: local.review, losingValue: remote.review, losingBy: 'u-remote' },
    ]);
  });

  it('compares nested objects by content, not identity or key order', () => {
    const local = edit(base, { review: { reason: '', status: 'pending' }, name: '张叁', modifiedAt: 2000, modifiedBy: 'u-local' });
    const remote = edit(base, { review: { ...base.review }, modifiedAt: 1500, modifiedBy: 'u-remote' });
    const { merged, conflicts } = mergeThreeWay(base, local, remote);
    expect(conflicts).toEqual([]);
    expect(merged.name).toBe('张叁');
  });

  it('compares arrays as whole values', () => {
    const local = edit(base, { tags: ['a', 'b'], modifiedAt: 2000, modifiedBy: 'u-local' });
    const remote = edit(base, { tags: ['a', 'c'], modifiedAt: 3000, modifiedBy: 'u-remote' });
    const { merged, conflicts } = mergeThreeWay(base, local, remote);
    expect(merged.tags).toEqual(['a', 'c']);
    expect(conflicts).toHaveLength(1);
  });

  it('handles a field removed on one side', () => {
    const local = edit(base, { modifiedAt: 2000, modifiedBy: 'u-local' });
    delete local.tags;
    const remote = edit(base, { name: '张叁', modifiedAt: 1500, modifiedBy: 'u-remote' });
    const { merged } = mergeThreeWay(base, local, remote);
    expect('tags' in merged).toBe(false);
    expect(merged.name).toBe('张叁');
  });

  it('merges two independent inserts (no base): equal fields agree, differing ones conflict', () => {
    const local = edit(base, { className: '三班', modifiedAt: 2000, modifiedBy: 'u-local' });
    const remote = edit(base, { className: '四班', phoneMasked: '', modifiedAt: 1000, modifiedBy: 'u-remote' });
    const { merged, conflicts } = mergeThreeWay(undefined, local, remote);
    expect(merged.className).toBe('三班');
    expect(merged.phoneMasked).toBe('138****5678');
    expect(merged.name).toBe('张三');
    expect(conflicts.map((c) => c.field).sort()).toEqual(['className', 'phoneMasked']);
    expect(conflicts.every((c) => c.losingBy === 'u-remote')).toBe(true);
  });

  it('takes a field present on one side of an insert only', () => {
    const local: TestDoc = { ...base, modifiedAt: 2000, modifiedBy: 'u-local' };
    const remote: TestDoc = { ...base, modifiedAt: 3000, modifiedBy: 'u-remote' };
    delete remote.tags;
    expect(mergeThreeWay(undefined, local, remote).merged.tags).toEqual(['a']);
  });

  it('does not merge RxDB metadata: it comes from the remote side', () => {
    const local = edit(base, { _rev: '2-local', _meta: { lwt: 2 }, name: '张叁', modifiedAt: 2000, modifiedBy: 'u-local' });
    const remote = edit(base, { _rev: '3-remote', _meta: { lwt: 3 }, modifiedAt: 1500, modifiedBy: 'u-remote' });
    const { merged, conflicts } = mergeThreeWay(edit(base, { _rev: '1-base' }), local, remote);
    expect(merged._rev).toBe('3-remote');
    expect(merged._meta).toEqual({ lwt: 3 });
    expect(conflicts).toEqual([]);
  });

  it('leaves extra ignored fields out of the merge', () => {
    const local = edit(base, { phoneMasked: 'local', modifiedAt: 2000, modifiedBy: 'u-local' });
    const remote = edit(base, { phoneMasked: 'remote', modifiedAt: 1500, modifiedBy: 'u-remote' });
    const { merged, conflicts } = mergeThreeWay(base, local, remote, { ignoreFields: ['phoneMasked'] });
    expect(merged.phoneMasked).toBe('remote');
    expect(conflicts).toEqual([]);
  });

  it('does not modify its inputs', () => {
    const local = edit(base, { className: '三班', modifiedAt: 2000, modifiedBy: 'u-local' });
    const remote = edit(base, { className: '四班', modifiedAt: 3000, modifiedBy: 'u-remote' });
    const snapshot = JSON.stringify([base, local, remote]);
    mergeThreeWay(base, local, remote);
    expect(JSON.stringify([base, local, remote])).toBe(snapshot);
  });

  describe('deletion', () => {
    it('keeps a deletion when the other side did not edit', () => {
      const local = edit(base, { _deleted: true, modifiedAt: 2000, modifiedBy: 'u-local' });
      const remote = { ...base };
      const { merged, conflicts } = mergeThreeWay(base, local, remote);
      expect(merged._deleted).toBe(true);
      expect(conflicts).toEqual([]);
    });

    it('keeps an edit made after the deletion, and reports the lost deletion', () => {
      const local = edit(base, { _deleted: true, modifiedAt: 2000, modifiedBy: 'u-deleter' });
      const remote = edit(base, { name: '张叁', modifiedAt: 3000, modifiedBy: 'u-editor' });
      const { merged, conflicts } = mergeThreeWay(base, local, remote);
      expect(merged._deleted).toBe(false);
      expect(merged.name).toBe('张叁');
      expect(conflicts).toEqual([{ field: '_deleted', winningValue: false, losingValue: true, losingBy: 'u-deleter' }]);
      expect(mergeThreeWay(base, remote, local).merged._deleted).toBe(false);
    });

    it('keeps the edit on a tie', () => {
      const local = edit(base, { _deleted: true, modifiedAt: 2000, modifiedBy: 'u-z' });
      const remote = edit(base, { name: '张叁', modifiedAt: 2000, modifiedBy: 'u-a' });
      expect(mergeThreeWay(base, local, remote).merged._deleted).toBe(false);
      expect(mergeThreeWay(base, remote, local).merged._deleted).toBe(false);
    });

    it('deletes when the edit came before the deletion, keeping the edit in the tombstone', () => {
      const local = edit(base, { _deleted: true, modifiedAt: 3000, modifiedBy: 'u-deleter' });
      const remote = edit(base, { name: '张叁', modifiedAt: 2000, modifiedBy: 'u-editor' });
      const { merged, conflicts } = mergeThreeWay(base, local, remote);
      expect(merged._deleted).toBe(true);
      expect(merged.name).toBe('张叁');
      expect(conflicts).toEqual([{ field: '_deleted', winningValue: true, losingValue: false, losingBy: 'u-editor' }]);
    });

    it('restores a document the base had deleted when one side brought it back', () => {
      const deletedBase = edit(base, { _deleted: true });
      const local = edit(base, { _deleted: false, modifiedAt: 2000, modifiedBy: 'u-local' });
      const remote = edit(deletedBase, {});
      expect(mergeThreeWay(deletedBase, local, remote).merged._deleted).toBe(false);
    });

    it('stays deleted when both sides deleted', () => {
      const local = edit(base, { _deleted: true, modifiedAt: 2000, modifiedBy: 'u-local' });
      const remote = edit(base, { _deleted: true, modifiedAt: 2500, modifiedBy: 'u-remote' });
      const { merged, conflicts } = mergeThreeWay(base, local, remote);
      expect(merged._deleted).toBe(true);
      expect(conflicts).toEqual([]);
    });

    it('omits _deleted when no side carries it', () => {
      const plain = { id: 'x', v: 1, modifiedAt: 1, modifiedBy: 'a' };
      const { merged } = mergeThreeWay(plain, { ...plain, v: 2, modifiedAt: 2 }, plain);
      expect(merged).toEqual({ id: 'x', v: 2, modifiedAt: 2, modifiedBy: 'a' });
    });
  });
});
