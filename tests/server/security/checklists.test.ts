/**
 * Issue 11.1 — checklist template versions: published from the county up,
 * one document per publisher and version, so two counties publishing
 * version 2 of the same built-in template never collide; a school or a
 * teacher never publishes one, and a county never publishes (or
 * overwrites) one in another county's subtree.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILT_IN_CHECKLISTS, templateContentFields, type ChecklistTemplate } from '@/domain/hazards';
import type { ContentDoc } from '@/domain/schemas';
import { createAccount } from '../../../sync-server/src/auth/accounts';
import { commit } from '../../../sync-server/src/replication/commit';
import { writeDocs, type WireDoc } from '../../../sync-server/src/replication/docs';
import { base, by, org, PASSWORD, PATHS, type Wire } from '../fixtures';
import { createHarness, row, STORAGE_KINDS, type Harness } from '../helpers';

const COUNTY2 = '/41/4115/411503/';
const fire = BUILT_IN_CHECKLISTS.find((t) => t.templateId === 'fire')!;
const codes = (res: { refused: { id: string; code: string }[] }) => res.refused.map((r) => [r.id, r.code]);

/** A published template version as `publisherPath`'s device writes it. */
function version(publisherPath: string, template: ChecklistTemplate, id?: string): Wire<ContentDoc> {
  const fields = templateContentFields(template, publisherPath);
  return {
    ...base(id ?? fields.id, publisherPath),
    ...fields,
    id: id ?? fields.id,
    status: 'published',
    startsAt: 1_700_000_000_000,
    endsAt: 0,
    body: template as unknown as Record<string, unknown>,
    deletedAt: 0,
    _deleted: false,
  };
}

describe.each(STORAGE_KINDS)('checklist template versions (%s)', (kind) => {
  let h: Harness;
  const tokens: Record<string, string> = {};
  const v2 = (title: string): ChecklistTemplate => ({ ...fire, version: 2, title });

  beforeAll(async () => {
    h = await createHarness(kind);
    // A second county beside the fixture's, with its administrator.
    await commit(h.storage, h.app.hub, async (tx, changes) => {
      await writeDocs(tx, changes, 'orgs', [org('411503', 'county', COUNTY2, '4115') as unknown as WireDoc]);
      await createAccount(tx, changes, {
        id: 'acc-county2', username: 'county2', password: PASSWORD, mustChangePassword: false, displayName: 'county2',
        role: 'county_admin', orgId: '411503', orgPath: COUNTY2,
      });
    });
    for (const user of ['county1', 'county2', 'schoola', 'safetya', 'teachera']) tokens[user] = await h.login(user);
  });
  afterAll(async () => h?.close());

  it('keeps two counties’ version 2 of the same built-in template apart, each reaching its own schools', async () => {
    const mine = by('county1', version(PATHS.county, v2('消防安全排查表（一县版）')));
    const theirs = by('county2', version(COUNTY2, v2('消防安全排查表（二县版）')));
    expect(mine.id).not.toBe(theirs.id);
    expect((await h.push('content', [row(mine)], tokens.county1!)).body).toEqual({ conflicts: [], refused: [] });
    expect((await h.push('content', [row(theirs)], tokens.county2!)).body).toEqual({ conflicts: [], refused: [] });
    const atSchool = (await h.pullAll('content', tokens.schoola!)).filter((d) => d.kind === 'checklist').map((d) => d.title);
    expect(atSchool).toEqual(['消防安全排查表（一县版）']);
  });

  it('refuses a version from a school, a safety leader or a teacher', async () => {
    const answers: Record<string, string[]> = {};
    for (const user of ['schoola', 'safetya', 'teachera']) {
      const doc = by(user, version(PATHS.schoolA, v2('本校自拟版本')));
      answers[user] = (await h.push('content', [row(doc)], tokens[user]!)).refused.map((r) => r.code);
    }
    // A teacher publishes no content at the school at all; the school's leadership no templates.
    expect(answers).toEqual({ schoola: ['checklist_role'], safetya: ['checklist_role'], teachera: ['publisher_role'] });
    expect((await h.pullAll('content', tokens.county1!)).some((d) => d.title === '本校自拟版本')).toBe(false);
  });

  it('refuses a county publishing into, naming itself as, or overwriting another county', async () => {
    const v3 = { ...fire, version: 3, title: '消防安全排查表（越权版）' };
    const intoOther = by('county1', version(COUNTY2, v3));
    const underOtherId = by('county1', version(PATHS.county, v3, 'checklist:411503:fire:v3'));
    const stored = by('county2', version(COUNTY2, v2('消防安全排查表（二县版）')));
    const overwrite = by('county1', { ...stored, status: 'withdrawn' as const }, stored);
    expect(codes(await h.push('content', [row(intoOther)], tokens.county1!))).toEqual([['checklist:411503:fire:v3', 'out_of_scope']]);
    expect(codes(await h.push('content', [row(underOtherId)], tokens.county1!))).toEqual([['checklist:411503:fire:v3', 'checklist_id']]);
    expect(codes(await h.push('content', [row(overwrite, stored)], tokens.county1!))).toEqual([[stored.id, 'out_of_scope']]);
    expect((await h.pullAll('content', tokens.county2!)).find((d) => d.id === stored.id)).toMatchObject({ status: 'published' });
  });
});
