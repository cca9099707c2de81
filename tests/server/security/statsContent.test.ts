/**
 * Issue 14 — entry targets (录入目标) and points rules (积分规则) are
 * published by administrators for their own subtree: the requests another
 * role or unit would send, and the refusals.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContentDoc } from '@/domain/schemas';
import { DEFAULT_POINTS_RULES } from '@/domain/points';
import { base, by, PATHS } from '../fixtures';
import { createHarness, row, STORAGE_KINDS, type Harness } from '../helpers';

const DEADLINE = Date.parse('2026-12-31T16:00:00Z');

function content(id: string, orgPath: string, kind: ContentDoc['kind'], body: Record<string, unknown>, endsAt = DEADLINE) {
  const doc: ContentDoc & { _deleted: boolean } = {
    ...base(id, orgPath), kind, title: id, topic: '', status: 'published', startsAt: 1, endsAt, body, deletedAt: 0, _deleted: false,
  };
  return doc;
}

const target = (id: string, orgPath: string, endsAt = DEADLINE) =>
  content(id, orgPath, 'entry_target', { measure: 'teachers', percent: { direct: 70, urban: 50, rural: 30 } }, endsAt);

describe.each(STORAGE_KINDS)('entry targets and points rules (%s)', (kind) => {
  let h: Harness;
  let county: string;
  let town: string;
  beforeAll(async () => {
    h = await createHarness(kind);
    county = await h.login('county1');
    town = await h.login('town1');
  });
  afterAll(async () => h?.close());

  const codes = async (docs: object[], token: string) => (await h.push('content', docs.map((d) => row(d)), token)).refused.map((r) => [r.id, r.code]);

  it('lets a county administrator set a target for its county, which the township below reads', async () => {
    expect(await codes([by('county1', target('et-county', PATHS.county))], county)).toEqual([]);
    expect((await h.pullAll('content', town)).map((d) => d.id)).toContain('et-county');
  });

  it('refuses targets from a school administrator or a safety leader', async () => {
    const school = await h.login('schoola');
    const safety = await h.login('safetya');
    expect(await codes([by('schoola', target('et-school', PATHS.schoolA))], school)).toEqual([['et-school', 'publisher_role']]);
    expect(await codes([by('safetya', target('et-safety', PATHS.schoolA))], safety)).toEqual([['et-safety', 'publisher_role']]);
  });

  it('refuses a target placed at a lower unit, or the county rewriting the township’s own target', async () => {
    expect(await codes([by('county1', target('et-down', PATHS.township))], county)).toEqual([['et-down', 'publisher_unit']]);
    expect(await codes([by('town1', target('et-town', PATHS.township))], town)).toEqual([]);
    const stored = (await h.pullAll('content', county)).find((d) => d.id === 'et-town') as unknown as ContentDoc & { _deleted: boolean };
    const rewritten = by('county1', { ...stored, body: { measure: 'teachers', percent: { direct: 0, urban: 0, rural: 0 } } }, stored);
    expect((await h.push('content', [row(rewritten, stored)], county)).refused.map((r) => r.code)).toEqual(['publisher_unit']);
  });

  it('refuses the township rewriting the county’s target (out of its scope)', async () => {
    const stored = (await h.pullAll('content', town)).find((d) => d.id === 'et-county') as unknown as ContentDoc & { _deleted: boolean };
    const lowered = by('town1', { ...stored, body: { measure: 'teachers', percent: { direct: 1, urban: 1, rural: 1 } } }, stored);
    expect((await h.push('content', [row(lowered, stored)], town)).refused.map((r) => r.code)).toEqual(['out_of_scope']);
  });

  it('refuses a target without a deadline, a malformed body, and turning a target into another kind', async () => {
    const noDeadline = by('county1', target('et-open', PATHS.county, 0));
    const bad = by('county1', content('et-bad', PATHS.county, 'entry_target', { measure: 'teachers', percent: { direct: 170, urban: 50, rural: 30 } }));
    expect(await codes([noDeadline, bad], county)).toEqual([['et-open', 'deadline_required'], ['et-bad', 'invalid_body']]);
    const stored = (await h.pullAll('content', county)).find((d) => d.id === 'et-county') as unknown as ContentDoc & { _deleted: boolean };
    const turned = by('county1', { ...stored, kind: 'notice' as const }, stored);
    expect((await h.push('content', [row(turned, stored)], county)).refused.map((r) => r.code)).toEqual(['kind_change']);
  });

  it('lets only a county administrator or above publish a points rule table', async () => {
    const rules = { rules: DEFAULT_POINTS_RULES };
    expect(await codes([by('town1', content('pr-town', PATHS.township, 'points_rule', rules, 0))], town)).toEqual([['pr-town', 'publisher_role']]);
    expect(await codes([by('county1', content('pr-county', PATHS.county, 'points_rule', rules, 0))], county)).toEqual([]);
    const duplicate = { rules: [DEFAULT_POINTS_RULES[0], DEFAULT_POINTS_RULES[0]] };
    expect(await codes([by('county1', content('pr-dup', PATHS.county, 'points_rule', duplicate, 0))], county)).toEqual([['pr-dup', 'invalid_body']]);
  });
});
