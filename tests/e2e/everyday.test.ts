// Issue 9 (everyday use), in Chromium against the demo server:
// - 9.4 a county administrator's tree opens at the county (not 河南省), a
//   teacher's at their own class with a 我的班级 shortcut;
// - 9.5 the county's student export names every row's township and school,
//   under a title naming the county;
// - 9.6 a record the township changed reads, at the school, as changed by
//   the township's administrator and their unit, never an account id;
// - 9.7 the teacher's view of a student's page says 无权查看 for the ID number.

import { describe, expect, it } from 'vitest';
import { read, utils } from 'xlsx';
import { demoServerPerFile, openDevice, signInAndSync, until, type Device } from './pages';
import { screenshot, screenshotOnFailure } from './support';

const demo = demoServerPerFile();

describe('a county administrator (demo-county)', () => {
  let device: Device;

  it('opens at the county and exports the students with their township and school', async () => {
    device = await openDevice(demo.browser, demo.server.url);
    const { page, roster } = device;
    screenshotOnFailure(page);
    await signInAndSync(device, demo.api, 'demo-county');
    expect(await roster.scopeName()).toBe('浉河区');
    expect(await roster.orgTree.innerText()).not.toContain('河南省');
    await screenshot(page, 'everyday-county-roster');

    const file = await roster.exportExcel();
    expect(file.name).toMatch(/^浉河区学生花名册-.*\.xlsx$/);
    const workbook = read(file.bytes);
    const sheet = workbook.Sheets['一年级'];
    expect(sheet).toBeDefined();
    const rows = utils.sheet_to_json<string[]>(sheet!, { header: 1, defval: '' });
    expect(rows[0]?.[0]).toBe('浉河区学生花名册');
    expect(rows[2]?.slice(0, 3)).toEqual(['乡镇（街道）', '学校', '姓名']);
    // Several schools have a 一年级一班: each row says which one.
    const classCol = rows[2]!.indexOf('班级');
    const schoolsOfClassOne = new Set(rows.slice(3).filter((r) => r[classCol] === '一班').map((r) => r[1]));
    expect(schoolsOfClassOne.size).toBeGreaterThan(1);
    expect([...schoolsOfClassOne].every((name) => typeof name === 'string' && name.length > 0)).toBe(true);
    await device.context.close();
  });
});

describe('a school administrator (demo-school)', () => {
  it('sees who at the township changed a record by name and unit, not by account id', async () => {
    // The township's administrator touches one of the school's pending records (代录), through the sync API.
    const me = await fetch(`${demo.server.url}/api/auth/me`, { headers: { Authorization: `Bearer ${await demo.api.token('demo-township')}` } });
    const township = ((await me.json()) as { user: { id: string } }).user;
    const current = (await demo.api.liveStudents('demo-school')).find((p) => p.review.status === 'pending');
    expect(current).toBeDefined();
    const next = { ...current!, modifiedAt: Date.now(), modifiedBy: township.id };
    expect(await demo.api.push('demo-township', 'people', [{ assumedMasterState: current!, newDocumentState: next }])).toEqual({ conflicts: [], refused: [] });

    const device = await openDevice(demo.browser, demo.server.url);
    const { page, detail } = device;
    screenshotOnFailure(page);
    await signInAndSync(device, demo.api, 'demo-school');
    expect(await device.roster.scopeName()).toBe((await device.roster.orgTree.locator('.el-tree-node__content').first().innerText()).trim());
    await detail.goto(current!.id);
    const modified = detail.field('最后修改');
    await until(async () => (await modified.innerText()).trim(), (text) => text.endsWith('乡镇（街道）管理员（老城街道）'), {
      timeout: 30_000,
      what: '最后修改 to name the township’s administrator and the township',
    });
    expect(await detail.root.innerText()).not.toContain(township.id);
    await screenshot(page, 'everyday-school-person');
    await device.context.close();
  });
});

describe('a teacher (demo-teacher)', () => {
  it('opens at their own class, offers 我的班级, and sees 无权查看 for a student’s ID number', async () => {
    const device = await openDevice(demo.browser, demo.server.url);
    const { page, roster, detail } = device;
    screenshotOnFailure(page);
    await device.login.goto();
    await device.login.signIn('demo-teacher');
    // A teacher lands on 今日 (issue 10.9); the class's roster is one step away in the navigation.
    await page.waitForURL('**/today', { timeout: 60_000 });
    await device.header.navigate('roster', '学生');
    await roster.waitShown();
    const myClass = page.getByTestId('org-tree-my-class');
    await myClass.waitFor({ timeout: 60_000 });
    const classLabel = ((await myClass.innerText()).split('·')[1] ?? '').trim();
    expect(classLabel).not.toBe('');
    await until(() => roster.scopeName(), (name) => name.endsWith(classLabel), { timeout: 30_000, what: `the roster to open at ${classLabel}` });
    await until(() => roster.count(), (n) => n > 0, { timeout: 60_000, what: 'the class’s students to list' });
    await screenshot(page, 'everyday-teacher-roster');

    // Away to the school, and back with one click.
    const school = (await roster.orgTree.locator('.el-tree-node__content').first().innerText()).trim();
    await roster.selectUnit(school);
    await myClass.click();
    await until(() => roster.scopeName(), (name) => name.endsWith(classLabel), { timeout: 10_000, what: '我的班级 to select the class again' });

    // A student's page: the ID number is not the teacher's to read.
    await page.getByTestId('roster-row-name').first().click();
    await detail.name.waitFor({ timeout: 30_000 });
    await until(async () => ((await detail.idNumber.textContent()) ?? '').trim(), (text) => text === '无权查看', {
      timeout: 10_000,
      what: 'the ID number to read 无权查看',
    });
    expect(await page.getByTestId('person-sensitive-hint').innerText()).not.toContain('仅在此页完整显示');
    await screenshot(page, 'everyday-teacher-person');
    await device.context.close();
  });
});
