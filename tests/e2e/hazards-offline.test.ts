// Issue 11, the proof: at 360×740 and offline, a teacher runs an inspection
// with a photo on a phone, which produces a hazard; they rectify it on the
// same phone. Back online the photo uploads beside replication. The safety
// leader verifies and closes it on a second device, offline too, then
// reconnects. The county administrator's device and the server both have
// the hazard, its photo and the whole timeline.

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseOption, dismissMessages, openDevice, ServerApi, until, type Device } from './pages';
import { goOffline, goOnline, launchBrowser, screenshot, screenshotOnFailure, startServer, stopAllServers, waitForServiceWorker, type ServerHandle } from './support';

const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };
const NOTE = '三楼东侧安全出口被课桌堵住（e2e）';

let server: ServerHandle;
let browser: Browser;
let api: ServerApi;
let phone: Device;
let leader: Device;
let county: Device;

/** A small PNG drawn in the page (a "camera photo"): the app downscales it to JPEG. */
async function photoBytes(page: Page, color: string): Promise<Buffer> {
  const base64 = await page.evaluate((fill) => {
    const canvas = document.createElement('canvas');
    canvas.width = 2400;
    canvas.height = 1800;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no canvas');
    ctx.fillStyle = fill;
    ctx.fillRect(0, 0, 2400, 1800);
    ctx.fillStyle = '#fff';
    ctx.fillRect(200, 200, 800, 400);
    return canvas.toDataURL('image/png').split(',')[1] ?? '';
  }, color);
  return Buffer.from(base64, 'base64');
}

/**
 * The header's sync state, read from its text content: on a phone the
 * indicator shows only the network badge (the rest is hidden, not gone).
 */
async function waitSynced(device: Device, what: string, timeout = 90_000): Promise<void> {
  const text = (testId: string) => device.page.getByTestId(testId).textContent().then((t) => (t ?? '').trim());
  await until(
    async () => ({ pending: await text('sync-pending'), all: await text('sync-indicator'), network: await text('network-badge') }),
    (s) => s.pending === '已全部同步' && s.all.includes('上次同步') && s.network === '在线',
    { timeout, what: `${what}: 在线 · 已全部同步 after a sync` },
  );
}

async function signIn(device: Device, username: string): Promise<void> {
  await device.login.goto();
  await waitForServiceWorker(device.page);
  await device.login.signIn(username);
  await waitSynced(device, username);
}

async function serverHazards(username: string) {
  const token = await api.token(username);
  const res = await fetch(`${server.url}/api/sync/hazards/pull?limit=1000`, { headers: { authorization: `Bearer ${token}` } });
  return ((await res.json()) as { documents: { id: string; description: string; status: string; photos: { hash: string }[]; steps: { action: string; by: string; photos: { hash: string }[] }[] }[] }).documents;
}

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  api = new ServerApi(server.url);
  phone = await openDevice(browser, server.url, PHONE);
  leader = await openDevice(browser, server.url, PHONE);
  county = await openDevice(browser, server.url);
});

afterAll(async () => {
  await browser?.close();
  await stopAllServers();
});

describe('an inspection offline on a phone, to a closed hazard the county sees', () => {
  let hazardId = '';

  it('signs the teacher and the safety leader in on their phones', async () => {
    screenshotOnFailure(phone.page);
    await signIn(phone, 'demo-teacher');
    await signIn(leader, 'demo-safety');
  });

  it('runs an inspection offline with a photo, which registers a hazard', async () => {
    const { page, context } = phone;
    screenshotOnFailure(page);
    await goOffline(context);
    await page.goto('/inspections');
    await chooseOption(page, page.getByTestId('template-select'), '消防安全排查表');
    await page.getByTestId('inspection-place').fill('教学楼');
    await page.getByTestId('inspection-start').click();
    await page.getByTestId('inspection-remaining').waitFor();
    const items = page.getByTestId('inspection-item');
    const total = await items.count();
    expect(total).toBeGreaterThan(5);
    await expect.poll(() => page.getByTestId('inspection-remaining').innerText()).toBe(`还剩 ${total} 项`);

    // The first item is a 隐患 with a note and a photo; the rest are 合格.
    const first = items.first();
    await first.getByTestId('result-hazard').click();
    await first.getByTestId('answer-note').fill(NOTE);
    await first.getByTestId('answer-note').blur();
    await first.getByTestId('photo-input').setInputFiles({ name: 'exit.png', mimeType: 'image/png', buffer: await photoBytes(page, '#c33') });
    await first.getByTestId('photo-img').waitFor();
    await first.getByTestId('photo-pending').waitFor();
    await expect.poll(() => page.getByTestId('inspection-remaining').innerText()).toBe(`还剩 ${total - 1} 项`);

    // A reload keeps the draft (and its photo) where it was.
    await page.reload();
    await expect.poll(() => page.getByTestId('inspection-remaining').innerText()).toBe(`还剩 ${total - 1} 项`);
    await items.first().getByTestId('photo-img').waitFor();
    for (let i = 1; i < total; i++) await items.nth(i).getByTestId('result-ok').click();
    await expect.poll(() => page.getByTestId('inspection-remaining').innerText()).toBe('已全部作答');
    await screenshot(page, 'hazards-inspection-360');
    await page.getByTestId('inspection-complete').click();

    await page.waitForURL(/\/hazards$/);
    const row = page.getByTestId('hazard-row').filter({ hasText: NOTE });
    await row.waitFor();
    await row.click();
    await page.waitForURL(/\/hazards\/hz-/);
    hazardId = page.url().split('/').pop() ?? '';
    await page.getByTestId('hazard-photos').getByTestId('photo-img').waitFor();
  });

  it('rectifies it on the same phone, still offline', async () => {
    const { page } = phone;
    screenshotOnFailure(page);
    await dismissMessages(page);
    await page.getByTestId('act-start').click();
    await page.getByTestId('act-submit').waitFor();
    await dismissMessages(page);
    await page.getByTestId('act-submit').click();
    const dialog = page.locator('.el-dialog');
    await dialog.getByTestId('action-note').fill('已清走课桌，出口畅通');
    await dialog.getByTestId('photo-input').setInputFiles({ name: 'fixed.png', mimeType: 'image/png', buffer: await photoBytes(page, '#3a3') });
    await dialog.getByTestId('photo-img').waitFor();
    await dialog.getByTestId('action-confirm').click();
    await expect.poll(() => page.getByTestId('hazard-status').innerText()).toBe('待复查');
    await expect.poll(() => page.getByTestId('timeline-entry').count()).toBe(3);
    // The teacher may not verify (and sees no verifying buttons).
    expect(await page.getByTestId('act-close').count()).toBe(0);
    await screenshot(page, 'hazards-rectified-360');
  });

  it('uploads hazard and photos when the phone reconnects', async () => {
    const { page, context } = phone;
    screenshotOnFailure(page);
    await goOnline(context);
    await waitSynced(phone, 'teacher', 60_000);
    await until(
      async () => (await serverHazards('demo-county')).find((h) => h.id === hazardId),
      (h) => h?.status === 'checking',
      { timeout: 30_000, what: 'the rectified hazard on the server' },
    );
    const stored = (await serverHazards('demo-county')).find((h) => h.id === hazardId);
    const hashes = [...(stored?.photos ?? []), ...(stored?.steps.flatMap((s) => s.photos) ?? [])].map((p) => p.hash);
    expect(hashes).toHaveLength(2);
    const token = await api.token('demo-county');
    for (const hash of hashes) {
      await until(
        async () => (await fetch(`${server.url}/api/files/${hash}`, { headers: { authorization: `Bearer ${token}` } })).status,
        (status) => status === 200,
        { timeout: 60_000, what: `photo ${hash.slice(0, 8)} on the server` },
      );
    }
  });

  it('is verified and closed by the safety leader on a second phone, offline, then reconnected', async () => {
    const { page, context } = leader;
    screenshotOnFailure(page);
    await page.goto(`/hazards/${hazardId}`);
    await expect.poll(() => page.getByTestId('hazard-status').innerText(), { timeout: 30_000 }).toBe('待复查');
    await page.getByTestId('hazard-photos').getByTestId('photo-img').waitFor();
    await goOffline(context);
    await page.getByTestId('act-close').click();
    await expect.poll(() => page.getByTestId('hazard-status').innerText()).toBe('已销号');
    await goOnline(context);
    await waitSynced(leader, 'safety leader', 60_000);
  });

  it('shows the county administrator hazard, photo and timeline; the server holds the same', async () => {
    const { page } = county;
    screenshotOnFailure(page);
    await signIn(county, 'demo-county');
    await page.goto(`/hazards/${hazardId}`);
    await expect.poll(() => page.getByTestId('hazard-status').innerText(), { timeout: 30_000 }).toBe('已销号');
    await page.getByTestId('hazard-photos').getByTestId('photo-img').waitFor();
    await expect.poll(() => page.getByTestId('timeline-entry').count()).toBe(4);
    await screenshot(page, 'hazards-county-detail');
    const stored = (await serverHazards('demo-county')).find((h) => h.id === hazardId);
    expect(stored?.steps.map((s) => [s.action, s.by])).toEqual([
      ['register', 'account-demo-teacher'],
      ['start', 'account-demo-teacher'],
      ['submit', 'account-demo-teacher'],
      ['close', 'account-demo-safety'],
    ]);
  });

  it('gives the safety leader a desk and the county the accident register with counts', async () => {
    screenshotOnFailure(leader.page);
    await leader.page.goto('/');
    await leader.page.waitForURL(/\/safety$/);
    await leader.page.getByTestId('home-open-hazards').getByText('操场北侧消防车通道停放教师私家车').waitFor();
    await leader.page.getByTestId('home-inspections').getByText('用电用气安全排查表').first().waitFor();
    await screenshot(leader.page, 'hazards-safety-desk-360');
    await leader.page.goto('/hazards');
    await leader.page.getByTestId('hazard-supervised').first().waitFor();
    await screenshot(leader.page, 'hazards-list-360');

    // From hazard to lesson: the fire hazard suggests the fire lessons; one tap assigns one to every class.
    await leader.page.goto('/hazards/demo-hz-1');
    await leader.page.getByTestId('assign-lesson').first().click();
    const token = await api.token('demo-county');
    await until(
      async () => {
        const res = await fetch(`${server.url}/api/sync/content/pull?limit=1000`, { headers: { authorization: `Bearer ${token}` } });
        const docs = ((await res.json()) as { documents: { kind: string; topic: string; body: { note?: string } }[] }).documents;
        return docs.filter((d) => d.kind === 'assignment' && d.topic === 'fire' && d.body.note?.startsWith('针对隐患'));
      },
      (assigned) => assigned.length > 0,
      { timeout: 30_000, what: 'the assignments of the suggested lesson on the server' },
    );

    await county.page.goto('/accidents');
    await expect.poll(() => county.page.getByTestId('accident-counts').innerText()).toContain('共 2 起');
    expect(await county.page.getByTestId('accident-row').count()).toBe(2);
    await screenshot(county.page, 'hazards-accidents-county');
  });
});
