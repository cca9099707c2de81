/**
 * Issue 11.3 — the hazard lifecycle holds on the server whatever a device
 * pushes: only legal transitions, stamped by the pushing account, and never
 * verified (复查销号) by the person who rectified it. Each refusal is per
 * row: the rest of the device's upload is written.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accident, act, by, hazard, inspection, PATHS, TREE, userId } from '../fixtures';
import { createHarness, row, STORAGE_KINDS, type Harness } from '../helpers';
import type { WireDoc } from '../../../sync-server/src/replication/docs';

const codes = (res: { refused: { id: string; code: string }[] }) => res.refused.map((r) => [r.id, r.code]);
const T = 1_700_000_100_000;

describe.each(STORAGE_KINDS)('hazard rules in the push pipeline (%s)', (kind) => {
  let h: Harness;
  let safety: string;
  let schoolA: string;
  let teacher: string;
  let county: string;
  const stored = async (id: string): Promise<WireDoc | undefined> => (await h.pullAll('hazards', county)).find((d) => d.id === id);

  beforeAll(async () => {
    h = await createHarness(kind);
    safety = await h.login('safetya');
    schoolA = await h.login('schoola');
    teacher = await h.login('teachera');
    county = await h.login('county1');
  });
  afterAll(async () => h?.close());

  it('refuses a push closing a hazard verified by its own rectifier, and writes the same push’s other rows', async () => {
    // The safety leader rectifies the hazard themself and submits it for checking.
    const registered = by('safetya', hazard('hz-self', PATHS.schoolA));
    const started = act('safetya', registered, { kind: 'start', at: T });
    const submitted = act('safetya', started, { kind: 'submit', at: T + 1, note: '已更换灭火器' });
    expect((await h.push('hazards', [row(registered)], safety)).body).toEqual({ conflicts: [], refused: [] });
    expect((await h.push('hazards', [row(submitted, registered)], safety)).body).toEqual({ conflicts: [], refused: [] });

    // Offline, their device closes it (as a forged step the app would never write) along with a new hazard.
    const selfClosed = by('safetya', {
      ...submitted,
      status: 'closed' as const,
      closedAt: T + 2,
      steps: [...submitted.steps, { ...submitted.steps[0]!, action: 'close' as const, status: 'closed' as const, at: T + 2, by: userId('safetya'), deadline: 0, responsibleName: '' }],
    }, submitted);
    const other = by('safetya', hazard('hz-other', PATHS.schoolA));
    const res = await h.push('hazards', [row(selfClosed, submitted), row(other)], safety);
    expect(res.conflicts).toEqual([]);
    expect(res.refused).toEqual([
      { id: 'hz-self', code: 'hazard_self_verify', reason: '整改人或责任人不能复查自己整改的隐患，请由其他人复查', current: submitted },
    ]);
    expect(await stored('hz-other')).toEqual(other);
    expect(await stored('hz-self')).toMatchObject({ status: 'checking', closedAt: 0 });
    // The refusal is kept for the device's user to see (nothing they entered is lost).
    const records = await h.pullAll('conflicts', safety);
    expect(records.find((r) => r.docId === 'hz-self')).toMatchObject({ kind: 'refused', losingBy: userId('safetya') });

    // Someone else (the school administrator) verifies and closes it.
    const closed = act('schoola', submitted, { kind: 'close', at: T + 3, note: '复查合格' });
    expect((await h.push('hazards', [row(closed, submitted)], schoolA)).body).toEqual({ conflicts: [], refused: [] });
    expect(await stored('hz-self')).toMatchObject({ status: 'closed', closedAt: T + 3 });
  });

  it('refuses skipped states, a changed status without a step, rewritten history and steps signed by someone else', async () => {
    const registered = by('teachera', hazard('hz-skip', PATHS.schoolA));
    await h.push('hazards', [row(registered)], teacher);
    const started = act('teachera', registered, { kind: 'start', at: T });
    const skipped = { ...started, steps: [...started.steps.slice(0, 1), { ...started.steps[1]!, action: 'close' as const, status: 'closed' as const }], status: 'closed' as const };
    const statusOnly = by('teachera', { ...registered, status: 'checking' as const }, registered);
    const rewritten = by('teachera', { ...started, steps: [{ ...started.steps[0]!, note: '改写' }, started.steps[1]!] }, registered);
    const forged = by('teachera', { ...started, steps: [started.steps[0]!, { ...started.steps[1]!, by: userId('schoola') }] }, registered);
    for (const [doc, code] of [
      [skipped, 'hazard_wrong_status'],
      [statusOnly, 'hazard_field_changed'],
      [rewritten, 'hazard_history_rewritten'],
      [forged, 'hazard_step_actor'],
    ] as const) {
      expect(codes(await h.push('hazards', [row(doc, registered)], teacher))).toEqual([['hz-skip', code]]);
    }
    expect(await stored('hz-skip')).toEqual(registered);
  });

  it('lets only a county or higher administrator mark a major hazard 挂牌督办', async () => {
    const major = by('schoola', { ...hazard('hz-major', PATHS.schoolA), level: 'major' as const });
    await h.push('hazards', [row(major)], schoolA);
    const bySchool = by('schoola', { ...major, supervised: true, steps: [...major.steps, { ...major.steps[0]!, action: 'supervise' as const, by: userId('schoola'), deadline: 0, responsibleName: '' }] }, major);
    expect(codes(await h.push('hazards', [row(bySchool, major)], schoolA))).toEqual([['hz-major', 'hazard_role']]);
    const byCounty = act('county1', major, { kind: 'supervise', at: T, note: '限期整改' });
    expect((await h.push('hazards', [row(byCounty, major)], county)).body).toEqual({ conflicts: [], refused: [] });
    // The school sees the mark.
    expect((await h.pullAll('hazards', schoolA)).find((d) => d.id === 'hz-major')).toMatchObject({ supervised: true });
  });

  it('refuses deleting a hazard and changing a completed inspection', async () => {
    const registered = by('teachera', hazard('hz-del', PATHS.schoolA));
    await h.push('hazards', [row(registered)], teacher);
    const deleted = by('teachera', { ...registered, _deleted: true }, registered);
    expect(codes(await h.push('hazards', [row(deleted, registered)], teacher))).toEqual([['hz-del', 'hazard_deleted']]);

    const done = by('teachera', inspection('insp-1', PATHS.schoolA));
    expect((await h.push('inspections', [row(done)], teacher)).body).toEqual({ conflicts: [], refused: [] });
    const changed = by('teachera', { ...done, answers: [{ ...done.answers[0]!, result: 'ok' as const }] }, done);
    expect(codes(await h.push('inspections', [row(changed, done)], teacher))).toEqual([['insp-1', 'inspection_completed']]);
  });

  it('keeps the accident register at schools, complete, dated no later than today, never deleted, and out of teachers’ reach', async () => {
    const entry = by('safetya', accident('acc-1', PATHS.schoolA));
    const future = by('safetya', { ...accident('acc-2', PATHS.schoolA), occurredAt: Date.now() + 3 * 86_400_000 });
    const elsewhere = by('safetya', { ...accident('acc-3', PATHS.schoolA), schoolId: 'sch-b' });
    const res = await h.push('accidents', [row(entry), row(future), row(elsewhere)], safety);
    expect(codes(res)).toEqual([['acc-2', 'accident_invalid'], ['acc-3', 'invalid_school']]);
    const deleted = by('safetya', { ...entry, _deleted: true }, entry);
    expect(codes(await h.push('accidents', [row(deleted, entry)], safety))).toEqual([['acc-1', 'accident_deleted']]);
    const byTeacher = await h.push('accidents', [row(by('teachera', accident('acc-4', PATHS.schoolA)))], teacher);
    expect([byTeacher.status, (byTeacher.body as { code: string }).code]).toEqual([403, 'forbidden_collection']);
    expect((await h.get('/api/sync/accidents/pull', teacher)).statusCode).toBe(403);
    expect((await h.pullAll('accidents', county)).map((d) => d.id)).toEqual(['acc-1']);
  });

  it('takes a responsible person from the roster only as a teacher of the hazard’s school, named as on the roster', async () => {
    const ta = TREE.people.find((p) => p.id === 't-a')!;
    const tb = TREE.people.find((p) => p.id === 't-b')!;
    const responsible = (id: string, responsibleId: string, responsibleName: string) => {
      const h = hazard(id, PATHS.schoolA);
      return by('safetya', { ...h, responsibleId, responsibleName, steps: [{ ...h.steps[0]!, responsibleId, responsibleName }] });
    };
    const res = await h.push('hazards', [
      row(responsible('hz-r-ok', 't-a', ta.name)),
      row(responsible('hz-r-contractor', '', '某建筑公司 李工')),
      row(responsible('hz-r-other-school', 't-b', tb.name)),
      row(responsible('hz-r-student', 's-a1', TREE.people.find((p) => p.id === 's-a1')!.name)),
      row(responsible('hz-r-renamed', 't-a', '别人')),
    ], safety);
    expect(codes(res)).toEqual([
      ['hz-r-other-school', 'hazard_responsible_unknown'],
      ['hz-r-student', 'hazard_responsible_unknown'],
      ['hz-r-renamed', 'hazard_responsible_name'],
    ]);
    expect(await stored('hz-r-ok')).toMatchObject({ responsibleId: 't-a', responsibleName: ta.name });
    expect(await stored('hz-r-contractor')).toMatchObject({ responsibleId: '', responsibleName: '某建筑公司 李工' });
    // Reassigning to another school's teacher is refused too.
    const ok = (await stored('hz-r-ok'))! as unknown as ReturnType<typeof hazard>;
    const reassigned = act('safetya', ok, { kind: 'reassign', at: T, note: '', responsibleId: 't-b', responsibleName: tb.name });
    expect(codes(await h.push('hazards', [row(reassigned, ok)], safety))).toEqual([['hz-r-ok', 'hazard_responsible_unknown']]);
  });
});
