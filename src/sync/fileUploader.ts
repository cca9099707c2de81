import type { ApiClient } from '@/api/apiClient';
import type { DeviceFiles } from '@/db/deviceFiles';

export interface UploadState {
  pending: number;
  /** The last failure's message while photos wait, '' otherwise. */
  error: string;
}

/**
 * Uploads the device's photos one by one (docs/hazards.md): HEAD first, PUT
 * only what the server lacks, mark it uploaded. Idempotent (a photo is its
 * hash) and resumable (an interruption leaves the rest pending for the next
 * run). Runs on start, every `intervalMs`, and when the browser comes online.
 */
export class FileUploader {
  private running: Promise<void> | null = null;
  private timer: ReturnType<typeof setInterval> | null = null;
  private readonly onOnline = () => void this.run();

  constructor(
    private readonly api: ApiClient,
    private readonly files: DeviceFiles,
    private readonly onState: (state: UploadState) => void = () => {},
    private readonly intervalMs = 30_000,
  ) {}

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.run(), this.intervalMs);
    window.addEventListener('online', this.onOnline);
    void this.run();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    window.removeEventListener('online', this.onOnline);
    await this.running;
  }

  /** Upload what is pending now (a run already under way is joined). */
  run(): Promise<void> {
    this.running ??= this.uploadAll().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async uploadAll(): Promise<void> {
    const pending = await this.files.pending();
    let left = pending.length;
    this.onState({ pending: left, error: '' });
    for (const file of pending) {
      try {
        await this.uploadOne(file.hash, file.blob, file.mime);
        await this.files.markUploaded(file.hash);
        this.onState({ pending: --left, error: '' });
      } catch (error) {
        this.onState({ pending: left, error: (error as Error).message });
        // A file the server refuses for itself (4xx) waits without holding up the others;
        // offline, signed out or a server failure: everything waits for the next run.
        if (!(error instanceof Refused)) return;
      }
    }
  }

  private async uploadOne(hash: string, blob: Blob, mime: string): Promise<void> {
    const url = this.api.url(`/api/files/${hash}`);
    const headers = this.api.authHeaders();
    const head = await fetch(url, { method: 'HEAD', headers, cache: 'no-store' });
    if (head.ok) return;
    const put = await fetch(url, { method: 'PUT', headers: { ...headers, 'Content-Type': mime }, body: blob });
    if (put.ok) return;
    const message = `upload ${hash.slice(0, 8)}: ${put.status}`;
    throw put.status >= 400 && put.status < 500 && put.status !== 401 ? new Refused(message) : new Error(message);
  }
}

class Refused extends Error {}
