import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPerson } from '@/db/repositories/people';
import type { PersonDoc } from '@/domain/schemas';
import { ROSTER_PAGE_SIZE } from '@/features/roster/usePagedRoster';
import { createRosterFixture, idNumberOf, studentInput, type RosterFixture } from '../../db/support/rosterFixture';
import { mountAppShell, typeInto, click } from './support/mountWithApp';

vi.mock('element-plus/es/components/message/style/css', () => ({}));
vi.mock('element-plus/es/components/message-box/style/css', () => ({}));

/**
 * Above school level the roster is a page and a count (usePagedRoster):
 * a county of 50,000 students is never loaded whole. Here a county of
 * ROSTER_PAGE_SIZE + 5 students over two schools (the page order is the
 * orgPath index's: one school, then the other, whichever sorts first).
 */
let f: RosterFixture;
let unmount: () => void = () => undefined;
const EXTRA = 5;

beforeEach(async () => {
  f = await createRosterFixture();
  const made = await createPerson(f.ctx, studentInput(f.class1, { name: '张三', idNumber: idNumberOf('20160901', 11) }));
  if (!made.ok) throw new Error(JSON.stringify(made.errors));
  // Copies of one student, in bulk: the list reads them like any other people.
  const copies = (n: number, at: PersonDoc, name: string): PersonDoc[] =>
    Array.from({ length: n }, (_, i) => ({ ...at, id: `${at.id}-${name}-${i}`, name: `${name}${i}`, nameSearch: `${name}${i} x x` }));
  const other = { ...made.person, orgPath: f.otherClass.orgPath, schoolId: f.otherSchool.id, classId: f.otherClass.id, grade: 'P1' as const };
  await f.db.people.bulkInsert([...copies(ROSTER_PAGE_SIZE - 1, made.person, '甲'), ...copies(EXTRA, other, '乙')]);
});
afterEach(async () => {
  unmount();
  document.body.innerHTML = '';
  await f.db.close();
});

const names = () => [...document.querySelectorAll('[data-testid="roster-row-name"]')].map((el) => el.textContent?.trim() ?? '');
const countText = () => document.querySelector('[data-testid="roster-count"]')?.textContent ?? '';

describe('the roster above school level', () => {
  it('shows one page and the count of the whole county; the pager and the search read further pages', async () => {
    ({ unmount } = await mountAppShell(f.db));
    // The tree selects the user's top unit, above school level.

    const total = ROSTER_PAGE_SIZE + EXTRA;
    // The pager shows once the county is counted.
    await vi.waitFor(() => expect(document.querySelector('[data-testid="roster-pager"]')).not.toBeNull());
    expect(countText()).toContain(`共 ${total} 人`);
    // The table is virtualised: what it holds is the page, whatever is in view.
    const table = document.querySelector('[data-testid="roster-table"]');
    expect(table).not.toBeNull();
    await vi.waitFor(() => expect(names().length).toBeGreaterThan(0));
    const first = names();

    const next = document.querySelector<HTMLButtonElement>('[data-testid="roster-pager"] .btn-next');
    next?.click();
    await vi.waitFor(() => expect(names()).toHaveLength(EXTRA));
    expect(names().filter((n) => first.includes(n))).toEqual([]);

    // A search goes into the query: the count follows it, back on the first page.
    await typeInto('roster-search-input', '甲1', false);
    await click('roster-search-submit');
    await vi.waitFor(() => expect(countText()).toContain('共 11 人')); // 甲1, 甲10…甲19
    await vi.waitFor(() => expect(names().sort()).toEqual(['甲1', ...Array.from({ length: 10 }, (_, i) => `甲1${i}`)]));
    expect(document.querySelector('[data-testid="roster-pager"]')).toBeNull();
  });
});
