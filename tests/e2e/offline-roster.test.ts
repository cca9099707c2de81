// Issue 2, point 9 (with issue 3's sign-in in front): the roster works with
// the network off. Sign in online, let the service worker take over, go
// offline, reload (the app and a deep link come from the worker's cache),
// add a student through the form, find it, reload again: still there,
// waiting to upload. Sign out and back in offline. Back online, the student
// reaches the server and nothing is left to upload. A device that never
// signed in cannot sign in offline, and says why.

import { beforeAll, describe, expect, it } from 'vitest';
import {
  AppHeader,
  freshIdNumbers,
  LoginPage,
  openDevice,
  PersonDetailPage,
  demoServerPerFile,
  signInAndSync,
  syntheticName,
  until,
  type Device,
} from './pages';
import { goOffline, goOnline, screenshot, screenshotOnFailure } from './support';

const USER = 'demo-school';
const SCHOOL = '老城街道中心小学';

const demo = demoServerPerFile();
let device: Device;
let pageErrors: string[];

/** The student this file adds offline. */
const student = { name: syntheticName('离'), idNumber: '', gender: '' as 'M' | 'F' | '', id: '' };
let studentsOnServer = 0;

beforeAll(async () => {
  device = await openDevice(demo.browser, demo.server.url);
  pageErrors = [];
  device.page.on('pageerror', (err) => pageErrors.push(err.message));
  const [fresh] = freshIdNumbers(1, await demo.api.idNumbers(USER));
  if (!fresh) throw new Error('no ID number');
  student.idNumber = fresh.idNumber;
  student.gender = fresh.gender;
});

describe('offline roster (one device, demo-school)', () => {
  it('signs in online, installs the service worker and completes the first sync', async () => {
    screenshotOnFailure(device.page);
    studentsOnServer = await signInAndSync(device, demo.api, USER);
    expect(studentsOnServer).toBeGreaterThan(100);
    expect(await device.page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  });

  it('reloads offline from the service worker, deep links included', async () => {
    const { page, context, roster, header } = device;
    screenshotOnFailure(page);
    await goOffline(context);
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);

    await page.reload();
    await roster.waitShown();
    await header.waitForNetwork('离线');
    await roster.waitForCount(studentsOnServer, 30_000);

    // A deep link typed into the address bar while offline: the worker
    // answers the navigation with the cached shell, the router does the rest.
    await page.goto('/roster/teachers');
    await roster.waitShown();
    await page.locator('.roster-page__title h2', { hasText: '教师' }).waitFor();
    await page.goto('/roster/students');
    await roster.waitForCount(studentsOnServer, 30_000);

    // A person's page offline shows the full ID number from the local copy.
    const someone = (await demo.api.liveStudents(USER))[0];
    if (!someone) throw new Error('no student on the server');
    const detail = new PersonDetailPage(page);
    await detail.goto(someone.id);
    const idNumber = (await demo.api.identity(USER, someone.id))?.idNumber;
    expect(idNumber).toMatch(/^\d{17}[\dX]$/);
    await until(() => detail.idNumber.innerText(), (t) => t.trim() === idNumber, { timeout: 10_000, what: 'the full ID number' });
    await screenshot(page, 'offline-roster-person-offline');
  });

  it('adds a student offline through the form and lists it', async () => {
    const { page, roster, header } = device;
    screenshotOnFailure(page);
    await roster.goto('students');
    await roster.selectUnit(SCHOOL);
    // demo-school sees its own school only: every student is in it.
    await roster.waitForCount(studentsOnServer, 10_000);

    const form = await roster.openCreate();
    await until(() => form.schoolLabel(), (label) => label === SCHOOL, { timeout: 10_000, what: `the form's school to be ${SCHOOL}` });
    await form.fill({ name: student.name, idNumber: student.idNumber });
    // The gender comes from the ID number's sequence digit.
    await form.genderAutoHint.waitFor();
    await until(() => form.checkedGender(), (g) => g === student.gender, { timeout: 10_000, what: `the gender ${student.gender} from the ID number` });
    await form.fill({ grade: '一年级', className: '二班' });
    await form.save();

    await roster.findOne(student.name);
    await roster.clearSearch();
    await roster.waitForCount(studentsOnServer + 1, 10_000);

    await header.waitForNetwork('离线');
    // The person and its identity wait; the count is refreshed every few seconds.
    await header.waitForPending((n) => n >= 2, '待上传 2 条 (person + identity)');
    await screenshot(page, 'offline-roster-added-offline');
  });

  it('still lists it after another reload offline, with its full ID number on its page', async () => {
    const { page, roster, header } = device;
    screenshotOnFailure(page);
    await page.reload();
    await roster.waitShown();
    await header.waitForNetwork('离线');
    await roster.findOne(student.name);
    await header.waitForPending((n) => n > 0, 'the student still waiting to upload');

    await page.getByTestId('roster-row-name').click();
    const detail = new PersonDetailPage(page);
    await detail.name.waitFor();
    student.id = new URL(page.url()).pathname.split('/').pop() ?? '';
    expect(student.id).not.toBe('');
    // The identity (full ID number) arrives by its own query: wait for the whole record.
    await until(
      () => detail.facts(),
      (f) => f.name === student.name && f.idNumber === student.idNumber && f.grade === '一年级' && f.className === '二班',
      { timeout: 10_000, what: `${student.name}'s page with the full ID number, 一年级 二班` },
    );
  });

  it('signs out keeping the data, then signs in again offline with the local verifier', async () => {
    const { page, header, roster } = device;
    screenshotOnFailure(page);
    await header.signOut({ removeData: false });
    const login = new LoginPage(page);
    // The login page says it is offline and will use the saved credentials.
    await page.getByText('当前离线').waitFor();

    await login.submitCredentials(USER, 'Wrong-Password-1');
    expect(await login.errorText()).toBe('用户名或密码错误。');

    await login.signIn(USER);
    await roster.waitShown();
    await new AppHeader(page).userMenu.filter({ hasText: '离线登录' }).waitFor({ timeout: 10_000 });
    await roster.findOne(student.name);
    // Signing out revoked the token: sync waits for the network, and nothing claims to be synced.
    await header.pending.filter({ hasText: '同步未运行' }).waitFor({ timeout: 10_000 });
  });

  it('uploads the student once back online, and the header returns to 0 waiting', async () => {
    const { page, context, header } = device;
    screenshotOnFailure(page);
    const started = Date.now();
    await goOnline(context);

    const onServer = await until(
      async () => ({ person: await demo.api.person(USER, student.id), identity: await demo.api.identity(USER, student.id) }),
      (s) => s.person !== undefined && s.identity !== undefined,
      { timeout: 60_000, what: `${student.name} to reach the server` },
    );
    expect(onServer.person).toMatchObject({ name: student.name, kind: 'student', gender: student.gender, grade: 'P1', className: '二班', deletedAt: 0 });
    expect(onServer.identity?.idNumber).toBe(student.idNumber);
    const sameName = (await demo.api.pullAll(USER, 'people')).filter((p) => p.name === student.name);
    expect(sameName).toHaveLength(1);

    await until(
      async () => ({ network: await header.network(), pending: await header.pendingCount() }),
      (s) => s.network === '在线' && s.pending === 0,
      { timeout: 60_000, what: 'the header to show 在线 and 已全部同步' },
    );
    console.info(`[offline-roster] uploaded and acknowledged ${Date.now() - started} ms after going online`);
    expect(pageErrors).toEqual([]);
  });
});

describe('offline sign-in on a device that never signed in', () => {
  it('refuses with the message that the first sign-in needs the network', async () => {
    const fresh = await openDevice(demo.browser, demo.server.url);
    screenshotOnFailure(fresh.page);
    // The app itself must be loaded once online: this device has no cache yet.
    await fresh.login.goto();
    await goOffline(fresh.context);
    await fresh.page.getByText('当前离线').waitFor();
    await fresh.login.submitCredentials(USER);
    expect(await fresh.login.errorText()).toBe('本机第一次登录需要联网。');
    expect(new URL(fresh.page.url()).pathname).toBe('/login');
    await screenshot(fresh.page, 'offline-roster-first-sign-in-offline');
    await fresh.context.close();
  });
});
