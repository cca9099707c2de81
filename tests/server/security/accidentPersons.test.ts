/**
 * Issue 11.5 — the names of children hurt in an accident reach only the
 * school (its administrator and safety leader) and the levels that read
 * personal data; never a teacher, a classroom device or another school,
 * and nobody outside the school writes them. The accident register entry
 * itself holds numbers only and is read by every level above.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accident, accidentPersons, by, identity, injured, PATHS, TREE } from '../fixtures';
import { createHarness, row, STORAGE_KINDS, type Harness } from '../helpers';

const codes = (res: { refused: { id: string; code: string }[] }) => res.refused.map((r) => [r.id, r.code]);
const OK = { conflicts: [], refused: [] };

describe.each(STORAGE_KINDS)('names of the injured in the accident register (%s)', (kind) => {
  let h: Harness;
  const tokens: Record<string, string> = {};
  const entry = by('safetya', accident('acd-names', PATHS.schoolA));
  const s1 = TREE.people.find((p) => p.id === 's-a1')!;
  const names = by('safetya', accidentPersons('acd-names', PATHS.schoolA, [injured('s-a1', s1.name), injured('', '外校学生张某')]));
  const idsOf = async (user: string) => (await h.pullAll('identities', tokens[user]!)).map((d) => d.id);

  beforeAll(async () => {
    h = await createHarness(kind);
    for (const user of ['safetya', 'schoola', 'schoolb', 'county1', 'town1', 'teachera', 'rooma', 'studenta1']) tokens[user] = await h.login(user);
    expect((await h.push('accidents', [row(entry)], tokens.safetya!)).body).toEqual(OK);
    expect((await h.push('identities', [row(names)], tokens.safetya!)).body).toEqual(OK);
  });
  afterAll(async () => h?.close());

  it('serves the names to the school and the levels reading personal data, the numbers alone to no one else', async () => {
    for (const user of ['schoola', 'county1', 'town1']) expect(await idsOf(user)).toContain('acd-names');
    // The safety leader receives the accident kind only: the names, no one's ID number.
    expect(await idsOf('safetya')).toEqual(['acd-names']);
    expect((await h.pullAll('identities', tokens.safetya!))[0]).toEqual(names);
    // Another school, a teacher (even one whose own identity it reads), a classroom device, a student: never.
    expect(await idsOf('schoolb')).not.toContain('acd-names');
    expect(await idsOf('teachera')).toEqual(['t-a']);
    for (const user of ['rooma', 'studenta1']) expect((await h.get('/api/sync/identities/pull', tokens[user])).statusCode).toBe(403);
    // What every level above sees of the accident: its numbers.
    expect((await h.pullAll('accidents', tokens.county1!)).find((d) => d.id === 'acd-names')).toMatchObject({ casualties: { studentsInjured: 2 } });
  });

  it('refuses the names to writers outside the school, and lets the safety leader touch nothing else in identities', async () => {
    const overwritten = by('schoolb', { ...names, persons: [injured('', '篡改')] }, names);
    expect(codes(await h.push('identities', [row(overwritten, names)], tokens.schoolb!))).toEqual([['acd-names', 'out_of_scope']]);
    // A second list for the same school's accident under another id, pushed from the other school.
    const planted = by('schoolb', accidentPersons('acd-other', PATHS.schoolA, [injured('', '某某')]));
    expect(codes(await h.push('identities', [row(planted)], tokens.schoolb!))).toEqual([['acd-other', 'out_of_scope']]);
    for (const user of ['teachera', 'rooma']) {
      const res = await h.push('identities', [row(by(user === 'rooma' ? 'rooma' : 'teachera', { ...names, persons: [] }, names), names)], tokens[user]!);
      expect([res.status, (res.body as { code: string }).code]).toEqual([403, 'forbidden_collection']);
    }
    // The safety leader writes the accident kind only: a person's identity (ID number, phone) is out of its reach,
    // as is turning a person's identity into a list of names.
    const ta = TREE.identities.find((d) => d.id === 't-a')!;
    const phone = by('safetya', { ...ta, phone: '13900000000' }, ta);
    const turned = by('safetya', accidentPersons('t-a', PATHS.schoolA, []), ta);
    for (const doc of [phone, turned]) {
      expect(codes(await h.push('identities', [row(doc, ta)], tokens.safetya!))).toEqual([['t-a', 'out_of_scope']]);
    }
    expect((await h.pullAll('identities', tokens.schoola!)).find((d) => d.id === 'acd-names')).toEqual(names);
    expect((await h.pullAll('identities', tokens.schoola!)).find((d) => d.id === 't-a')).toEqual(ta);
  });

  it('checks the list against the accident: its school’s roster, no more names than counted, never without its accident, never deleted', async () => {
    const sb1 = TREE.people.find((p) => p.id === 's-b1')!;
    const otherSchool = by('safetya', { ...names, persons: [injured('s-b1', sb1.name)] }, names);
    const tooMany = by('safetya', { ...names, persons: [injured('', '甲'), injured('', '乙'), injured('', '丙')] }, names);
    const orphan = by('safetya', accidentPersons('acd-none', PATHS.schoolA, [injured('', '某某')]));
    const deleted = by('safetya', { ...names, _deleted: true }, names);
    const res = await h.push('identities', [row(otherSchool, names), row(orphan)], tokens.safetya!);
    expect(codes(res)).toEqual([['acd-names', 'invalid_person'], ['acd-none', 'invalid_accident']]);
    expect(codes(await h.push('identities', [row(tooMany, names)], tokens.safetya!))).toEqual([['acd-names', 'accident_persons_count']]);
    expect(codes(await h.push('identities', [row(deleted, names)], tokens.safetya!))).toEqual([['acd-names', 'accident_persons_deleted']]);
    // A person's identity never carries names (a teacher reads its own).
    const smuggled = by('schoola', { ...identity('t-a', PATHS.schoolA), persons: [injured('', '某某')] }, TREE.identities[0]!);
    expect(codes(await h.push('identities', [row(smuggled, TREE.identities[0]!)], tokens.schoola!))).toEqual([['t-a', 'identity_invalid']]);
    // The school administrator corrects the list.
    const corrected = by('schoola', { ...names, persons: [injured('s-a1', names.persons![0]!.name)] }, names);
    expect((await h.push('identities', [row(corrected, names)], tokens.schoola!)).body).toEqual(OK);
  });
});
