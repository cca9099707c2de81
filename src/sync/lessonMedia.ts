import type { Subscription } from 'rxjs';
import type { ApiClient } from '@/api/apiClient';
import type { DeviceFiles } from '@/db/deviceFiles';
import { downloadMedia } from '@/db/downloadMedia';
import type { XiaoanDatabase } from '@/db/types';
import { offlinePlan, parseLessonBody } from '@/domain/lessons';

/**
 * The background half of keeping lessons offline (domain `offlineMedia.ts`):
 * follows the lessons this device reads and, while online, fetches the
 * media of each one light enough to take unasked (`downloadMedia`).
 */
export class LessonMediaPrefetcher {
  private subscription: Subscription | null = null;
  private bodies: unknown[] = [];
  private running: Promise<void> | null = null;
  private again = false;
  private readonly onOnline = () => void this.run();

  constructor(
    private readonly api: ApiClient,
    private readonly db: XiaoanDatabase,
    private readonly files: DeviceFiles,
  ) {}

  start(): void {
    if (this.subscription) return;
    window.addEventListener('online', this.onOnline);
    this.subscription = this.db.content.find({ selector: { kind: 'lesson', status: 'published', deletedAt: 0 } }).$.subscribe((docs) => {
      this.bodies = docs.map((d) => d.body);
      void this.run();
    });
  }

  async stop(): Promise<void> {
    window.removeEventListener('online', this.onOnline);
    this.subscription?.unsubscribe();
    this.subscription = null;
    this.bodies = [];
    await this.running;
  }

  /** Fetch what is missing now; a change during a run is taken by one more run. */
  run(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.fetchMissing().finally(() => {
      this.running = null;
      if (this.again && this.subscription) {
        this.again = false;
        void this.run();
      }
    });
    return this.running;
  }

  private async fetchMissing(): Promise<void> {
    if (!navigator.onLine) return;
    for (const body of this.bodies) {
      const parsed = parseLessonBody(body);
      if (!parsed.ok || !this.subscription) continue;
      const stored = offlinePlan(parsed.lesson, new Set()).missing;
      if (!stored.length) continue;
      const plan = offlinePlan(parsed.lesson, await this.files.held(stored.map((m) => m.sha256)));
      if (!plan.auto || !plan.missing.length) continue;
      const { failed } = await downloadMedia(this.api, this.files, plan.missing);
      // Offline again, or the server is away: the next run (online event, lesson change) resumes.
      if (failed && !navigator.onLine) return;
    }
  }
}
