// Issue 10, the proof: fully offline after the first sign-in, a teacher runs
// a classroom session for her class (demo-teacher, 班主任 of the demo class);
// three students take a lesson in turn on the class's shared computer
// (demo-classroom), signed out in between by 换人 and by the idle timer; one
// acknowledges the school's safety notice on the computer, another family by
// a paper slip the teacher records. After the network returns the
// server holds every attempt, completion, the session and the
// acknowledgement exactly once, and the teacher's report shows them. The
// classroom computer never holds an ID number or a phone.

import { readFileSync } from 'node:fs';
import * as XLSX from 'xlsx';
import { beforeAll, expect, it } from 'vitest';
import type { PersonDoc } from '../../src/domain/schemas';
import { demoServerPerFile, enterPin, openDevice, readAndTakeTest, stepToAttendance, waitForSynced, type Device } from './pages';
import { goOffline, goOnline, screenshot, screenshotOnFailure, waitForServiceWorker } from './support';

const DEMO_PIN = '2468';
const ASSIGNMENT = 'demo-assignment-traffic';
const ACTIVITY = 'demo-activity-drowning';
const NOTICE = 'demo-notice-holiday';
const LESSON = 'builtin-drowning-lower';

const demo = demoServerPerFile();
let teacher: Device;
let room: Device;
let students: PersonDoc[];
const pageErrors: string[] = [];

beforeAll(async () => {
  teacher = await openDevice(demo.browser, demo.server.url);
  room = await openDevice(demo.browser, demo.server.url);
  for (const [label, d] of [['teacher', teacher], ['room', room]] as const) d.page.on('pageerror', (err) => pageErrors.push(`${label}: ${err.message}`));
  students = (await demo.api.liveStudents('demo-classroom')).sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
});

/** Everything in the page's IndexedDB, as one JSON text. */
async function indexedDbText(device: Device): Promise<string> {
  return device.page.evaluate(async () => {
    const request = <T>(r: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
    const parts: string[] = [];
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue;
      const db = await request(indexedDB.open(info.name));
      for (const store of Array.from(db.objectStoreNames)) parts.push(JSON.stringify(await request(db.transaction(store, 'readonly').objectStore(store).getAll())));
      db.close();
    }
    return parts.join('\n');
  });
}

/** Online once: service worker in control, sign in, first sync done, the role's home shown. */
async function firstSignIn(device: Device, username: string, home: string): Promise<void> {
  await device.login.goto();
  await waitForServiceWorker(device.page);
  await device.login.signIn(username);
  await device.page.getByTestId(home).waitFor({ timeout: 60_000 });
  await waitForSynced(device);
}

it('runs a classroom session and three students on one shared computer offline; the server holds each record exactly once', async () => {
  screenshotOnFailure(teacher.page, 'classroom-teacher');
  screenshotOnFailure(room.page, 'classroom-room');
  expect(students.length).toBeGreaterThanOrEqual(4);
  const [s1, s2, s3, absent] = students as [PersonDoc, PersonDoc, PersonDoc, PersonDoc];

  // The teacher lands on "today" with the lesson she assigned; then the network goes.
  await firstSignIn(teacher, 'demo-teacher', `task-${ASSIGNMENT}`);
  await goOffline(teacher.context);
  await teacher.page.getByTestId(`run-${ASSIGNMENT}`).click();
  await teacher.page.getByTestId('classroom-mode').waitFor();
  expect(await stepToAttendance(teacher.page)).toBeGreaterThanOrEqual(5);
  await teacher.page.getByTestId(`present-${absent.id}`).click();
  await teacher.page.getByTestId('session-save').click();
  await teacher.page.getByTestId('session-saved').waitFor();
  await screenshot(teacher.page, 'classroom-mode-attendance');
  await teacher.page.goBack();
  const assignment = teacher.page.getByTestId(`task-${ASSIGNMENT}`).getByTestId('task-completion');
  await expect.poll(() => assignment.innerText()).toBe(`${students.length - 1} / ${students.length}`);
  // The absent student's family returned the paper slip: the teacher records it.
  const noticeCard = teacher.page.getByTestId(`task-${NOTICE}`);
  await noticeCard.locator('summary').click();
  await noticeCard.getByTestId(`slip-${NOTICE}-${absent.id}`).click();
  await expect.poll(() => noticeCard.getByTestId('task-completion').innerText()).toBe(`1 / ${students.length}`);

  // The classroom computer: its class's names, nothing else; then offline for good.
  await room.page.clock.install();
  await firstSignIn(room, 'demo-classroom', `name-${s1.id}`);
  await goOffline(room.context);
  const home = room.page.getByTestId('device-class');

  // A wrong PIN is refused.
  await enterPin(room.page, s1.id, '0000');
  await expect.poll(() => room.page.getByTestId('pin-message').innerText()).toContain('密码不对');
  await room.page.keyboard.press('Escape');

  for (const [student, leave] of [[s1, 'switch'], [s2, 'idle'], [s3, 'switch']] as const) {
    await enterPin(room.page, student.id, DEMO_PIN);
    await expect.poll(() => room.page.getByTestId('device-student').innerText()).toContain(student.name);
    await room.page.getByTestId(`open-lesson-${ACTIVITY}`).click();
    await readAndTakeTest(room.page);
    await room.page.goBack();
    if (student === s1) {
      await room.page.getByTestId(`acknowledge-${NOTICE}`).click();
      await room.page.getByTestId(`my-task-${NOTICE}`).getByTestId('acknowledged').waitFor();
    }
    if (leave === 'switch') await room.page.getByTestId('switch-student').click();
    else await room.page.clock.fastForward('04:00');
    await home.waitFor();
    // Nothing of the student stays on screen.
    expect(await room.page.getByText(`你好，${student.name}`).count()).toBe(0);
  }
  await screenshot(room.page, 'classroom-device-names');
  // The roster and its exports are not the classroom computer's: it is sent back to its name list.
  await room.page.goto('/roster/teachers');
  await home.waitFor();
  expect(room.page.url()).toContain('/class-device');

  // No ID number or phone of anyone at the school is on the classroom computer.
  const identities = await demo.api.pullAll('demo-school', 'identities');
  const secrets = identities.flatMap((i) => [i.idNumber, i.phone]).filter((v) => v.length >= 7);
  expect(secrets.length).toBeGreaterThan(0);
  const stored = await indexedDbText(room);
  expect(secrets.filter((v) => stored.includes(v))).toEqual([]);

  // The network returns: both devices upload, the server holds each record once.
  await goOnline(room.context);
  await goOnline(teacher.context);
  await waitForSynced(room);
  await waitForSynced(teacher);
  const records = (await demo.api.pullAll('demo-teacher', 'activities')).filter((r) => !r._deleted && r.kind !== 'student_pin');
  const count = (kind: string, subjectId: string, refId: string) =>
    records.filter((r) => r.kind === kind && r.subjectId === subjectId && r.refId === refId).length;
  for (const s of [s1, s2, s3]) {
    expect(count('attempt', s.id, LESSON), s.name).toBe(1);
    expect(count('completion', s.id, LESSON), s.name).toBe(1);
  }
  expect(records.filter((r) => r.kind === 'lesson_session')).toHaveLength(1);
  const acknowledgements = records.filter((r) => r.kind === 'acknowledgement').sort((a, b) => a.happenedAt - b.happenedAt);
  expect(acknowledgements).toEqual([
    expect.objectContaining({ subjectId: absent.id, refId: NOTICE, data: { via: 'paper_slip' } }),
    expect.objectContaining({ subjectId: s1.id, refId: NOTICE, data: { via: 'student_account' } }),
  ]);
  expect(new Set(records.map((r) => r.id)).size).toBe(records.length);

  // The teacher's report shows them.
  await teacher.page.goto('/today');
  const notice = teacher.page.getByTestId(`task-${NOTICE}`).getByTestId('task-completion');
  await expect.poll(() => notice.innerText()).toBe(`2 / ${students.length}`);
  await teacher.page.goto('/results');
  const table = teacher.page.getByTestId('results-table');
  for (const s of [s1, s2, s3]) await expect.poll(() => table.locator('tr', { hasText: s.name }).innerText()).toMatch(/\s1\s/);
  // …and exports it to Excel: one row per student, their attempts counted.
  const [download] = await Promise.all([teacher.page.waitForEvent('download'), teacher.page.getByTestId('results-export').click()]);
  const book = XLSX.read(readFileSync(await download.path()));
  const rows = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets[book.SheetNames[0] ?? ''] as XLSX.WorkSheet, { header: 1 });
  expect(rows).toHaveLength(students.length + 1);
  for (const s of [s1, s2, s3]) expect(rows.find((r) => r[0] === s.name)?.[2]).toBe(1);
  await screenshot(teacher.page, 'classroom-results');
  expect(pageErrors).toEqual([]);
});
