import { describe, expect, it } from 'vitest';
import type { ProgressEvent } from '@/import/progress';
import { MAX_FILE_BYTES } from '@/import/read/limits';
import { parseInWorker } from '@/import/worker/client';
import { handleRequest } from '@/import/worker/handleRequest';
import type { WorkerReply } from '@/import/worker/protocol';
import { LARGE, readFixture, SHIHE, TODAY } from '../helpers/fixtures';
import { school } from '../helpers/world';
import { FakeWorker } from './fakeWorker';

function bufferOf(bytes: Uint8Array): ArrayBuffer {
  return bytes.slice().buffer;
}

// The 10,000-row workbook takes about a second; a loaded CI machine may take several.
describe('parsing in a worker', { timeout: 30_000 }, () => {
  it('resolves with the same result as checkFile, reporting rows read and checked', async () => {
    const worker = new FakeWorker();
    const events: ProgressEvent[] = [];
    const data = bufferOf(readFixture(LARGE, '学生账号导入-10k.xlsx'));
    const result = await parseInWorker(data, '学生账号导入-10k.xlsx', { template: 'student', context: { today: TODAY }, createWorker: () => worker }, (e) => events.push(e));
    expect(result.counts).toEqual({ rows: 9984, faulty: 0, findings: 0 });
    // Progress arrives in steps, read before check, and ends at the totals.
    expect(events.filter((e) => e.phase === 'read').length).toBeGreaterThan(10);
    expect(events.at(-1)).toEqual({ phase: 'check', done: 9984, total: 9984 });
    expect(events.findIndex((e) => e.phase === 'check')).toBeGreaterThan(events.findLastIndex((e) => e.phase === 'read') - 1);
    expect(worker.terminated).toBe(true);
    // The buffer was transferred, not copied.
    expect(data.byteLength).toBe(0);
  });

  it('passes an ID lookup as a Map (functions cannot cross to a worker)', async () => {
    const file = '学生账号导入-浉河区董家河镇中心小学-一年级.xls';
    const idHolders = new Map([['411502201909157308', { personId: 'p', kind: 'teacher' as const, schoolId: school.id, name: '崔秀' }]]);
    const result = await parseInWorker(bufferOf(readFixture(SHIHE, file)), file, { context: { schoolId: school.id, idHolders, today: TODAY }, createWorker: () => new FakeWorker() });
    expect(result.findings.map((f) => [f.row, f.code])).toEqual([[4, 'idInDatabase']]);
  });

  it('answers a file over 20 MB without starting a worker', async () => {
    let started = false;
    const result = await parseInWorker(new ArrayBuffer(MAX_FILE_BYTES + 1), 'big.xlsx', {
      createWorker: () => {
        started = true;
        return new FakeWorker();
      },
    });
    expect(started).toBe(false);
    expect(result.findings.map((f) => f.code)).toEqual(['fileTooLarge']);
  });

  it('resolves with a finding for a file that is not Excel', async () => {
    const result = await parseInWorker(bufferOf(new TextEncoder().encode('hello')), 'a.xlsx', { createWorker: () => new FakeWorker() });
    expect(result.findings.map((f) => f.code)).toEqual(['fileNotExcel']);
  });

  it('stops the worker and rejects when aborted', async () => {
    const worker = new FakeWorker();
    const controller = new AbortController();
    const pending = parseInWorker(bufferOf(readFixture(SHIHE, '学校账号导入.xlsx')), 'a.xlsx', { signal: controller.signal, createWorker: () => worker });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    expect(worker.terminated).toBe(true);
  });

  it('reports an engine bug as an error reply instead of dying silently', () => {
    const replies: WorkerReply[] = [];
    // A buffer the caller already gave away (detached) makes the engine fail: a caller bug, not bad data.
    const data = new ArrayBuffer(8);
    structuredClone(data, { transfer: [data] });
    handleRequest({ type: 'parse', id: 'x', data, file: 'a.xlsx', options: {} }, (r) => replies.push(r));
    expect(replies).toMatchObject([{ type: 'error', id: 'x' }]);
  });
});
