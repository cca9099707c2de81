// Issue 12 point 5, at run time. Chromium 86 itself cannot run here (Debian
// ships a current Chromium only), so the guard is the static check
// (build-compat.test.ts). This test is its complement in a real browser:
// before any script of the page runs, the built-ins newer than Chromium 86
// are deleted — those src/polyfills provides and those the check says the app
// never calls — and the app must still sign in, sync and save a student
// (ids from crypto.randomUUID) without a single TypeError. It shows that the
// polyfill chunk runs before the code that needs it. Page only: workers and
// the service worker keep the browser's built-ins (init scripts do not reach them).

import { beforeAll, describe, expect, it } from 'vitest';
import { freshIdNumbers, demoServerPerFile, openDevice, signInAndSync, syntheticName, waitForSynced, type Device } from './pages';
import { collectPageErrors, screenshotOnFailure } from './support';

const USER = 'demo-school';

/** Provided again by src/polyfills. */
const POLYFILLED = ['Array.prototype.at', 'String.prototype.at', 'Object.hasOwn', 'Crypto.prototype.randomUUID'];
/** Not polyfilled: the check says nothing in the app calls them. */
const ABSENT = [
  'TypedArray.prototype.at',
  'Array.prototype.findLast',
  'Array.prototype.findLastIndex',
  'Array.prototype.toSorted',
  'Array.prototype.toReversed',
  'Array.prototype.toSpliced',
  'Array.prototype.with',
  'Array.fromAsync',
  'Object.groupBy',
  'Map.groupBy',
  'Promise.withResolvers',
  'Set.prototype.union',
  'Set.prototype.intersection',
  'Set.prototype.difference',
  'Iterator.prototype.map',
  'Iterator.prototype.filter',
  'Iterator.prototype.toArray',
  'globalThis.Iterator',
  'globalThis.structuredClone',
  'globalThis.reportError',
  'AbortSignal.timeout',
  'AbortSignal.any',
  'URL.canParse',
];

/** Runs in the page before its scripts: deletes each built-in, records what it deleted. */
function removeBuiltins(paths: string[]): void {
  const owners: Record<string, object | undefined> = {
    Array: Array,
    'Array.prototype': Array.prototype,
    'String.prototype': String.prototype,
    Object: Object,
    'Crypto.prototype': Crypto.prototype,
    'TypedArray.prototype': Object.getPrototypeOf(Int8Array.prototype) as object,
    Map: Map,
    Promise: Promise,
    'Set.prototype': Set.prototype,
    'Iterator.prototype': (globalThis as { Iterator?: { prototype: object } }).Iterator?.prototype,
    globalThis: globalThis,
    AbortSignal: AbortSignal,
    URL: URL,
  };
  const removed: string[] = [];
  for (const path of paths) {
    const dot = path.lastIndexOf('.');
    const owner = owners[path.slice(0, dot)];
    const key = path.slice(dot + 1);
    if (owner && key in owner && Reflect.deleteProperty(owner, key) && !(key in owner)) removed.push(path);
  }
  (globalThis as { __removedBuiltins?: string[] }).__removedBuiltins = removed;
}

const demo = demoServerPerFile();
let device: Device;
let errors: string[];

beforeAll(async () => {
  device = await openDevice(demo.browser, demo.server.url);
  await device.context.addInitScript(removeBuiltins, [...POLYFILLED, ...ABSENT]);
  errors = collectPageErrors(device.page);
});

describe('the app without the built-ins Chromium 86 lacks', () => {
  it('signs in and syncs, the polyfills back in place and the rest still missing', async () => {
    const { page } = device;
    screenshotOnFailure(page);
    expect(await signInAndSync(device, demo.api, USER)).toBeGreaterThan(100);

    const state = await page.evaluate(() => ({
      removed: (globalThis as { __removedBuiltins?: string[] }).__removedBuiltins ?? [],
      at: [1, 2, 3].at(-1),
      stringAt: 'ab'.at(-1),
      hasOwn: Object.hasOwn({ a: 1 }, 'a'),
      uuid: crypto.randomUUID(),
      findLast: typeof (Array.prototype as { findLast?: unknown }).findLast,
      structuredClone: typeof (globalThis as { structuredClone?: unknown }).structuredClone,
    }));
    // Chromium here has them all, so each one was really gone when the app started.
    expect(state.removed.sort()).toEqual([...POLYFILLED, ...ABSENT].sort());
    expect(state).toMatchObject({ at: 3, stringAt: 'b', hasOwn: true, findLast: 'undefined', structuredClone: 'undefined' });
    expect(state.uuid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('saves a new student (ids from the randomUUID polyfill) and uploads it, with no TypeError on the way', async () => {
    const { page, roster } = device;
    screenshotOnFailure(page);
    const [fresh] = freshIdNumbers(1, await demo.api.idNumbers(USER));
    if (!fresh) throw new Error('no free ID number');
    const name = syntheticName('旧');
    const form = await roster.openCreate();
    await form.fill({ name, idNumber: fresh.idNumber });
    await form.fill({ grade: '一年级', className: '二班' });
    await form.save();
    await roster.findOne(name);
    await waitForSynced(device);
    expect((await demo.api.liveStudents(USER)).some((s) => s.name === name)).toBe(true);
    expect(errors.filter((e) => /TypeError|ReferenceError/.test(e))).toEqual([]);
  });
});
