// Issue 7 (points 6 and 7), end to end: a school's device edits two of its
// students offline while the county moves one of them to another school.
// On reconnect the device's other upload goes through, the refused edit is
// listed on /conflicts with its reason, and the moved student — ID number
// included — is gone from the old school's device, in every copy.

import { beforeAll, describe, expect, it } from 'vitest';
import { maskPhone } from '../../src/domain/roster/mask';
import type { OrgDoc, PersonDoc } from '../../src/domain/schemas';
import { ConflictsPage, demoServerPerFile, openDevice, signInAndSync, syntheticPhone, until, waitForSynced, type Device, type Pulled } from './pages';
import { goOffline, goOnline, indexedDbPlacesOf, screenshot, screenshotOnFailure } from './support';

const SCHOOL_ADMIN = 'demo-school';
const COUNTY_ADMIN = 'demo-county';

const demo = demoServerPerFile();
let device: Device;
let moved: Pulled<PersonDoc>;
let stayed: Pulled<PersonDoc>;
let destination: Pulled<OrgDoc>;
let movedIdNumber = '';
const phones = { moved: syntheticPhone(), stayed: syntheticPhone() };

beforeAll(async () => {
  device = await openDevice(demo.browser, demo.server.url);
  const students = (await demo.api.liveStudents(SCHOOL_ADMIN)).filter((p) => p.grade === 'P1' && p.className === '一班');
  const [first, second] = students;
  if (!first || !second) throw new Error('fewer than two students in 一年级一班');
  [moved, stayed] = [first, second];
  movedIdNumber = (await demo.api.identity(SCHOOL_ADMIN, moved.id))?.idNumber ?? '';
  const orgs = await demo.api.pullAll(COUNTY_ADMIN, 'orgs');
  const found = orgs.find((o) => o.kind === 'class' && o.classInfo?.grade === 'P1' && o.parentId !== moved.schoolId && !o._deleted);
  if (!found) throw new Error('no 一年级 class in another school');
  destination = found;
});

async function editPhone(personId: string, phone: string): Promise<void> {
  await device.detail.goto(personId);
  const form = await device.detail.openEdit();
  await form.fill({ phone });
  await form.save();
  await until(() => device.detail.facts(), (f) => f.phone === phone, { timeout: 30_000, what: `the page to show the new phone of ${personId}` });
}

describe('a student transferred while the old school edits offline', () => {
  it('the school’s device edits two students offline while the county moves one away', async () => {
    screenshotOnFailure(device.page, 'transfer-offline-edits');
    await signInAndSync(device, demo.api, SCHOOL_ADMIN);
    expect(await indexedDbPlacesOf(device.page, movedIdNumber)).not.toEqual([]);
    await goOffline(device.context);
    await device.header.waitForNetwork('离线');
    await editPhone(moved.id, phones.moved);
    await editPhone(stayed.id, phones.stayed);

    // Meanwhile, online, the county moves the student to a class of another school (back to 录入 for review).
    const current = (await demo.api.person(COUNTY_ADMIN, moved.id)) as Pulled<PersonDoc>;
    const next: Pulled<PersonDoc> = {
      ...current,
      schoolId: destination.parentId,
      classId: destination.id,
      orgPath: destination.orgPath,
      grade: destination.classInfo?.grade ?? 'P1',
      className: destination.classInfo?.className ?? '',
      review: { status: 'draft', reason: '', by: `account-${COUNTY_ADMIN}`, at: Date.now() },
      modifiedAt: Date.now(),
      modifiedBy: `account-${COUNTY_ADMIN}`,
    };
    expect(await demo.api.push(COUNTY_ADMIN, 'people', [{ assumedMasterState: current, newDocumentState: next }])).toEqual({ conflicts: [], refused: [] });
  });

  it('on reconnect uploads the other edit, lists the refused one with its reason, and drops the moved student', async () => {
    screenshotOnFailure(device.page, 'transfer-reconnect');
    await goOnline(device.context);
    await until(() => demo.api.identity(SCHOOL_ADMIN, stayed.id), (i) => i?.phone === phones.stayed, {
      timeout: 60_000,
      what: 'the server to hold the other student’s new phone',
    });
    expect((await demo.api.person(SCHOOL_ADMIN, stayed.id))?.phoneMasked).toBe(maskPhone(phones.stayed));
    // The new school has the student, with the county's placement, not the old school's phone.
    const there = await demo.api.identity(COUNTY_ADMIN, moved.id);
    expect(there).toMatchObject({ orgPath: destination.orgPath, idNumber: movedIdNumber });
    expect(there?.phone).not.toBe(phones.moved);

    await waitForSynced(device, 60_000);
    const conflicts = new ConflictsPage(device.page);
    await conflicts.goto();
    const refused = await until(
      () => conflicts.rows(),
      (rows) => rows.some((r) => r.field.includes('被拒绝的修改') && r.field.includes('已不在本单位管辖范围内') && r.lost.includes(phones.moved)),
      { timeout: 60_000, what: '/conflicts to list the refused phone edit with its reason' },
    );
    expect(refused.filter((r) => r.field.includes('被拒绝的修改')).length).toBeGreaterThan(0);
    await screenshot(device.page, 'transfer-conflicts');

    // Gone from the device: not listed, and no copy of the ID number anywhere in its IndexedDB.
    await device.roster.goto();
    await device.roster.search(moved.name);
    await until(() => device.roster.visibleNames(), (names) => !names.includes(moved.name), { timeout: 30_000, what: 'the roster to no longer list the moved student' });
    expect(await indexedDbPlacesOf(device.page, movedIdNumber)).toEqual([]);
  });
});
