/**
 * Who runs the statistics rollups, and when besides changes: with several
 * processes on one PostgreSQL database exactly one — the holder of the
 * `stats_rollups` lock — recounts; the others do not duplicate the work
 * and try for the lock every `retryMs`, so when the owner dies (its lock
 * connection closes) another takes over. SQLite: the one process owns.
 *
 * On taking over, the owner counts every unit once if the database was
 * never counted; otherwise it catches up on the changes committed since
 * the stamp the last owner stored (`THROUGH_KEY`), which covers changes
 * made while nobody owned. It does the same after a relay gap.
 *
 * The clock tick recounts the schools whose figures changed with time
 * alone (their `stats_due` has passed) and those where accounts signed in
 * on a new day (from any process); it runs at the next due instant, at
 * most `tickMs` apart.
 */
import type { ChangeHub } from '../replication/hub';
import type { OwnedLock, Storage } from '../storage/types';
import { COUNTED, nothingTouched, SIGN_INS_KEY, THROUGH_KEY, type StatsRollups, type Touched } from './rollups';

/** Set once every unit has been counted: later changes update the rollups incrementally. */
// v2: accidents entered the figures; a database counted before is recounted once.
// v3: points and sign-in days entered the school documents.
export const ROLLUPS_KEY = 'stats_rollups_v3';
const LOCK = 'stats_rollups';
const PAGE = 2000;

export interface OwnerOptions {
  /** How often a process that does not own tries for the lock. */
  retryMs: number;
  /** The longest time between clock ticks; 0: ticks only when called (tests with an injected clock). */
  tickMs: number;
  now: () => number;
}

export const DEFAULT_OWNER_OPTIONS: OwnerOptions = { retryMs: 10_000, tickMs: 15 * 60_000, now: Date.now };

export class RollupOwner {
  private lock: OwnedLock | undefined;
  private retry: NodeJS.Timeout | undefined;
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;
  private work: Promise<void> = Promise.resolve();

  constructor(
    private readonly storage: Storage,
    private readonly hub: ChangeHub,
    readonly rollups: StatsRollups,
    private readonly options: OwnerOptions = DEFAULT_OWNER_OPTIONS,
  ) {
    hub.observe((batches) => rollups.onCommitted(batches));
    rollups.afterUpdate = () => this.schedule();
    hub.observeGaps(() => {
      if (this.owns) this.track(() => this.catchUp());
    });
  }

  get owns(): boolean {
    return this.rollups.active;
  }

  /** Try for the lock now, and keep trying while another process holds it. */
  start(): Promise<void> {
    this.track(() => this.attempt());
    return this.settled();
  }

  /** Resolves when taking over, catching up and ticking have finished, and the rollups are idle. */
  async settled(): Promise<void> {
    let seen: Promise<void> | undefined;
    while (seen !== this.work) {
      seen = this.work;
      await seen;
    }
    await this.rollups.idle();
  }

  /** Recount what time or new sign-in days changed (the timer calls this; tests call it with their clock). */
  tick(): Promise<void> {
    this.track(async () => {
      if (!this.owns) return;
      const tables = this.storage.statsTables;
      const since = Number((await this.storage.getMeta(SIGN_INS_KEY)) ?? 0);
      const signIns = await tables.signInsSince(since);
      const due = await tables.dueSchools(this.options.now());
      if (!signIns.orgPaths.length && !due.length) return;
      this.rollups.enqueue({
        ...nothingTouched(),
        paths: new Set(signIns.orgPaths),
        schools: new Set(due),
        signInsThrough: signIns.through > since ? signIns.through : 0,
      });
    });
    return this.settled();
  }

  /** An account signed in on a new day, in this process: its school's points change. */
  signedIn(orgPath: string): void {
    if (this.owns) this.rollups.enqueue({ ...nothingTouched(), paths: new Set([orgPath]) });
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retry);
    clearTimeout(this.timer);
    await this.settled();
    this.rollups.active = false;
    await this.lock?.release();
    this.lock = undefined;
  }

  private track(step: () => Promise<void>): void {
    this.work = this.work.then(step).catch((error: unknown) => console.error('stats rollup owner', error));
  }

  private async attempt(): Promise<void> {
    if (this.stopped || this.owns) return;
    // The database unreachable counts as "not now": try again later.
    this.lock = await this.storage.tryOwn(LOCK, () => this.lost()).catch(() => undefined);
    if (!this.lock) {
      this.retry = setTimeout(() => this.track(() => this.attempt()), this.options.retryMs);
      this.retry.unref();
      return;
    }
    this.rollups.active = true;
    if (await this.storage.getMeta(ROLLUPS_KEY)) {
      await this.catchUp();
    } else {
      await this.rollups.rebuildAll(await this.stamp());
      await this.storage.transaction((tx) => tx.setMeta(ROLLUPS_KEY, String(this.options.now())));
    }
    this.schedule();
  }

  /** The lock's connection dropped: another process may own now; try again. */
  private lost(): void {
    this.rollups.active = false;
    this.lock = undefined;
    clearTimeout(this.timer);
    if (!this.stopped) this.track(() => this.attempt());
  }

  /** Changes committed since the stored stamp (by any process, while nobody owned or announcements were lost). */
  private async catchUp(): Promise<void> {
    const stored = Number((await this.storage.getMeta(THROUGH_KEY)) ?? 0);
    // A database counted before stamps were stored: its rollups were kept current up to now.
    if (!stored) {
      await this.storage.transaction(async (tx) => tx.setMeta(THROUGH_KEY, String(await tx.timestamp())));
      return;
    }
    const touched: Touched = nothingTouched();
    const all = { prefixes: ['/'], exactPaths: [], ids: [], subjectIds: [] };
    for (const collection of COUNTED) {
      let checkpoint = { updatedAt: stored, id: '' };
      for (;;) {
        const rows = await this.storage.pull(collection, all, checkpoint, PAGE);
        for (const row of rows) (collection === 'content' ? touched.content : touched.paths).add(row.orgPath);
        const last = rows[rows.length - 1];
        if (last) touched.through = Math.max(touched.through, last.updatedAt);
        if (rows.length < PAGE || !last) break;
        checkpoint = { updatedAt: last.updatedAt, id: last.id };
      }
    }
    if (touched.paths.size || touched.content.size) this.rollups.enqueue(touched);
  }

  /** The server clock now (a stamp no earlier than every committed change). */
  private stamp(): Promise<number> {
    return this.storage.transaction((tx) => tx.timestamp());
  }

  /** The next tick: at the earliest due instant, at most tickMs away. */
  private schedule(): void {
    if (!this.options.tickMs || this.stopped) return;
    clearTimeout(this.timer);
    void this.storage.statsTables.nextDue().then((next) => {
      if (this.stopped || !this.owns) return;
      const wait = Math.min(this.options.tickMs, Math.max(1_000, (next ?? Infinity) - this.options.now()));
      this.timer = setTimeout(() => void this.tick().then(() => this.schedule()), wait);
      this.timer.unref();
    }, () => undefined);
  }
}
