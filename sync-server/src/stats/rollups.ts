/**
 * Statistics rollups (issue 14.4): the server keeps one `stats` document per
 * unit with its subtree's figures, current as changes arrive, so province,
 * city and county administrators read figures without replicating every
 * student.
 *
 * Incremental, never a rescan of the province: a committed change names the
 * places it touched (a document's path, and where a moved one came from).
 * - A place inside a school → that school is recounted from its own
 *   documents (a few hundred to a few thousand), with the same domain
 *   functions a device uses, and its classes' documents rewritten.
 * - Then each administrative unit above it is re-added from its children's
 *   stored figures (`children` in its stats document): O(depth × children).
 * - Content published at a unit touches the schools below it (the tasks
 *   they are asked to complete changed); publishing is rare.
 * Updates run one after another after their commit, so the last update of
 * a school always reads the latest state.
 *
 * Figures that move with time alone (overdue hazards, the drill month,
 * running tasks) are kept true by the clock tick (owner.ts): each recount
 * stores when the school's figures next change by time (`stats_due`), and
 * the tick recounts the schools due. The tick also picks up new sign-in
 * days, whose points sit in the school's document.
 *
 * One process runs them (owner.ts); `active` is false elsewhere. Updates
 * queue one after another, and changes arriving while one waits join it.
 * The stamp of the last change taken in (`through`) is stored with the
 * documents, so a process taking over catches up from there.
 */
import { ancestorPaths, lastId, pathIds } from '#domain/org/path';
import { CHILD_KINDS, type OrgKind } from '#domain/org/levels';
import { daysToRuns, earnsPoints, schoolPoints, type PointsAccount } from '#domain/points/index';
import type { AccidentDoc, CollectionName, OrgDoc, SchoolPointsDoc, StatsDoc } from '#domain/schemas/index';
import { statsDocId } from '#domain/schemas/index';
import {
  emptyFigures, hazardForStats, nextTimeChange, rollUp, schoolFigures, sumFigures, type SchoolInput, type StoredHazard, type UnitFigures,
} from '#domain/stats/index';
import { commit } from '../replication/commit';
import { writeDocs, toWire, type WireDoc } from '../replication/docs';
import type { ChangeBatch, ChangeHub } from '../replication/hub';
import type { Storage } from '../storage/types';
import { readScoped } from './readScoped';

/** Collections whose documents enter the figures or the points. */
export const COUNTED: ReadonlySet<CollectionName> = new Set([
  'orgs', 'people', 'accounts', 'content', 'activities', 'hazards', 'accidents', 'inspections',
]);
const SERVER = 'server';
/** Meta keys: the stamps of the last document change and the last sign-in day taken in. */
export const THROUGH_KEY = 'stats_rollups_through';
export const SIGN_INS_KEY = 'stats_sign_ins_through';

type Org = OrgDoc & { _deleted: boolean };
type Stats = StatsDoc & { _deleted: boolean };

export interface Touched {
  paths: Set<string>;
  /** Paths where content changed: the schools below are asked other things. */
  content: Set<string>;
  /** Schools by id (due by the clock). */
  schools: Set<string>;
  /** Stamps taken in, stored with the result. */
  through: number;
  signInsThrough: number;
}

export const nothingTouched = (): Touched => ({ paths: new Set(), content: new Set(), schools: new Set(), through: 0, signInsThrough: 0 });

function merge(into: Touched, more: Touched): void {
  for (const p of more.paths) into.paths.add(p);
  for (const p of more.content) into.content.add(p);
  for (const s of more.schools) into.schools.add(s);
  into.through = Math.max(into.through, more.through);
  into.signInsThrough = Math.max(into.signInsThrough, more.signInsThrough);
}

export class StatsRollups {
  private queue: Promise<void> = Promise.resolve();
  private waiting: Touched | undefined;
  private failures = 0;
  private updates = 0;
  /** This process owns the rollups (owner.ts). */
  active = false;
  /** Told after each update (the owner re-plans its clock tick: a recount may have brought a due time closer). */
  afterUpdate: (() => void) | undefined;

  constructor(
    private readonly storage: Storage,
    private readonly hub: ChangeHub,
    private readonly now: () => number = Date.now,
  ) {}

  /** Queue an update for what a commit touched (the hub calls this after publishing it). */
  onCommitted(batches: readonly ChangeBatch[]): void {
    if (!this.active) return;
    const touched = touchedPlaces(batches);
    if (!touched.paths.size && !touched.content.size) return;
    this.enqueue(touched);
  }

  /** Recount every unit (first start with existing data, or a repair). */
  async rebuildAll(through: number): Promise<void> {
    const orgs = (await readScoped(this.storage, 'orgs', { prefixes: ['/'] })) as unknown as Org[];
    this.enqueue({ ...nothingTouched(), paths: new Set(orgs.map((o) => o.orgPath)), through });
    return this.idle();
  }

  /** Queue an update; one still waiting to start takes this in instead. */
  enqueue(touched: Touched): void {
    if (this.waiting) {
      merge(this.waiting, touched);
      return;
    }
    this.waiting = touched;
    this.queue = this.queue
      .then(() => {
        const job = this.waiting ?? nothingTouched();
        this.waiting = undefined;
        return this.update(job).then(() => this.afterUpdate?.());
      })
      .catch((error: unknown) => {
        // A failed update leaves the previous figures; the next change or tick of the school recounts it.
        this.failures += 1;
        console.error('stats rollup failed', error);
      });
  }

  /** Resolves when every queued update has run (tests, shutdown). */
  async idle(): Promise<void> {
    let seen: Promise<void> | undefined;
    while (seen !== this.queue) {
      seen = this.queue;
      await seen;
    }
  }

  get failed(): number {
    return this.failures;
  }

  /** Updates run by this process (a process that does not own runs none). */
  get runs(): number {
    return this.updates;
  }

  private async update(touched: Touched): Promise<void> {
    this.updates += 1;
    const paths = new Set(touched.paths);
    for (const path of touched.content) {
      for (const org of await this.orgsBelow(path)) if (org.kind === 'school') paths.add(org.orgPath);
    }
    for (const row of await this.storage.getDocs('orgs', [...touched.schools])) paths.add((toWire(row) as unknown as Org).orgPath);
    const ids = new Set([...paths].flatMap(pathIds));
    const orgs = new Map((await this.storage.getDocs('orgs', [...ids])).map((row) => [row.id, toWire(row) as unknown as Org]));
    const schools = new Set<string>(touched.schools);
    const admins = new Set<string>();
    for (const path of paths) {
      const chain = pathIds(path).map((id) => orgs.get(id));
      const school = chain.find((o) => o?.kind === 'school');
      if (school) schools.add(school.id);
      else admins.add(lastId(path));
    }
    const at = this.now();
    const written: Stats[] = [];
    const due: { schoolId: string; dueAt: number }[] = [];
    const dirty = new Set<string>();
    for (const id of schools) written.push(...(await this.recountSchool(id, orgs.get(id), at, dirty, due)));
    for (const id of admins) dirty.add(id);
    const pending = new Map(written.map((doc) => [doc.unitId, doc]));
    written.push(...(await this.resum(dirty, at, pending)));
    if (!written.length && !due.length && !touched.through && !touched.signInsThrough) return;
    await commit(this.storage, this.hub, async (tx, changes) => {
      await writeDocs(tx, changes, 'stats', written as unknown as WireDoc[]);
      await tx.setStatsDue(due);
      if (touched.through) await tx.setMeta(THROUGH_KEY, String(touched.through));
      if (touched.signInsThrough) await tx.setMeta(SIGN_INS_KEY, String(touched.signInsThrough));
    });
  }

  private async orgsBelow(path: string): Promise<Org[]> {
    return (await readScoped(this.storage, 'orgs', { prefixes: [path] })) as unknown as Org[];
  }

  private async statsOf(ids: readonly string[]): Promise<Map<string, Stats>> {
    const rows = await this.storage.getDocs('stats', ids.map(statsDocId));
    return new Map(rows.map((row) => [(toWire(row) as unknown as Stats).unitId, toWire(row) as unknown as Stats]));
  }

  /**
   * A school's stats and its classes', from the school's own documents;
   * marks the units above as dirty and notes when the school is next due.
   */
  private async recountSchool(
    id: string, school: Org | undefined, at: number, dirty: Set<string>, due: { schoolId: string; dueAt: number }[],
  ): Promise<Stats[]> {
    const previous = (await this.statsOf([id])).get(id);
    if (previous?.parentId) dirty.add(previous.parentId);
    if (!school || school._deleted || school.deletedAt !== 0 || school.kind !== 'school') {
      due.push({ schoolId: id, dueAt: 0 });
      if (!previous || previous.deletedAt) return [];
      const gone = [id, ...previous.children];
      return [...(await this.statsOf(gone)).values()].map((doc) => tombstone(doc, at));
    }
    dirty.add(school.parentId);
    const path = school.orgPath;
    const read = (collection: CollectionName) => readScoped(this.storage, collection, { prefixes: [path] });
    const classes = ((await read('orgs')) as unknown as Org[]).filter((o) => o.kind === 'class');
    const content = await readScoped(this.storage, 'content', { prefixes: [path], exactPaths: ancestorPaths(path) });
    const accounts = await read('accounts');
    const activities = await read('activities');
    const stored = ((await read('hazards')) as unknown as StoredHazard[]).filter((h) => h.deletedAt === 0);
    const input: SchoolInput = {
      school,
      classes,
      people: (await read('people')) as never,
      accounts: accounts as never,
      content: content as never,
      activities: activities as never,
      hazards: stored.map(hazardForStats),
      accidents: ((await read('accidents')) as unknown as AccidentDoc[]).filter((a) => a.deletedAt === 0),
      now: at,
    };
    const own = schoolFigures(input);
    due.push({ schoolId: id, dueAt: nextTimeChange(input) });
    const points = await this.pointsOf(path, accounts as unknown as PointsAccount[], { content, activities, hazards: stored, inspections: await read('inspections') });
    const live = classes.filter((c) => c.deletedAt === 0);
    const subtree = rollUp([school, ...live], own);
    const out: Stats[] = [
      { ...statsDoc(school, live.map((c) => c.id), subtree.get(id) ?? emptyFigures(), at, previous), points },
      ...live.map((c) => statsDoc(c, [], subtree.get(c.id) ?? emptyFigures(), at)),
    ];
    const removed = (previous?.children ?? []).filter((c) => !live.some((l) => l.id === c));
    for (const doc of (await this.statsOf(removed)).values()) if (!doc.deletedAt) out.push(tombstone(doc, at));
    return out;
  }

  /** The school's staff points and sign-in days, as its statistics document carries them. */
  private async pointsOf(
    path: string, accounts: readonly PointsAccount[], docs: { content: WireDoc[]; activities: WireDoc[]; hazards: StoredHazard[]; inspections: WireDoc[] },
  ): Promise<SchoolPointsDoc> {
    const staff = accounts.filter((a) => earnsPoints(a.role));
    const days = await this.storage.statsTables.signInDays(staff.map((a) => a.id));
    const signIns: Record<string, number[]> = {};
    for (const [id, list] of days) signIns[id] = daysToRuns(list);
    return {
      staff: schoolPoints({
        schoolPath: path, accounts, signIns,
        content: docs.content as never, activities: docs.activities as never, hazards: docs.hazards as never, inspections: docs.inspections as never,
      }),
      signIns,
    };
  }

  /**
   * Re-add every dirty administrative unit and the units above it, deepest
   * first, from its children's figures (this update's where it wrote them,
   * else the stored ones); keeps each unit's `children` list.
   */
  private async resum(dirty: Set<string>, at: number, pending: Map<string, Stats>): Promise<Stats[]> {
    const units = new Map((await this.storage.getDocs('orgs', [...dirty])).map((row) => [row.id, toWire(row) as unknown as Org]));
    const chains = new Set<string>();
    for (const unit of units.values()) for (const id of pathIds(unit.orgPath)) chains.add(id);
    const all = (await this.storage.getDocs('orgs', [...chains])).map((row) => toWire(row) as unknown as Org);
    const ordered = all.filter((o) => o.kind !== 'school' && o.kind !== 'class').sort((a, b) => b.orgPath.length - a.orgPath.length);
    const out: Stats[] = [];
    for (const unit of ordered) {
      const previous = (await this.statsOf([unit.id])).get(unit.id);
      if (unit._deleted || unit.deletedAt !== 0) {
        if (previous && !previous.deletedAt) {
          const gone = tombstone(previous, at);
          pending.set(unit.id, gone);
          out.push(gone);
        }
        continue;
      }
      const children = await this.childrenOf(unit, previous, pending);
      const stored = await this.statsOf(children.filter((id) => !pending.has(id)));
      const live = children
        .map((id) => pending.get(id) ?? stored.get(id))
        .filter((doc): doc is Stats => !!doc && !doc.deletedAt && doc.parentId === unit.id);
      const doc = statsDoc(unit, live.map((c) => c.unitId).sort(), sumFigures(live.map((c) => c.figures)), at, previous);
      pending.set(unit.id, doc);
      out.push(doc);
    }
    return out;
  }

  /**
   * The children whose figures a unit sums: those it listed before, and the
   * units of this update that name it as their parent (new schools,
   * townships). A deleted or moved child drops out when re-added.
   */
  private async childrenOf(unit: Org, previous: Stats | undefined, pending: Map<string, Stats>): Promise<string[]> {
    const ids = new Set(previous?.children ?? []);
    for (const doc of pending.values()) if (doc.parentId === unit.id) ids.add(doc.unitId);
    if (!previous) {
      // First time this unit is counted: its children are found once, among the units directly below it.
      const kinds: readonly OrgKind[] = CHILD_KINDS[unit.kind];
      for (const org of await this.orgsBelow(unit.orgPath)) {
        if (org.parentId === unit.id && kinds.includes(org.kind) && org.deletedAt === 0) ids.add(org.id);
      }
    }
    return [...ids];
  }
}

function touchedPlaces(batches: readonly ChangeBatch[]): Touched {
  const touched = nothingTouched();
  for (const batch of batches) {
    if (!COUNTED.has(batch.collection)) continue;
    touched.through = Math.max(touched.through, batch.updatedAt);
    const target = batch.collection === 'content' ? touched.content : touched.paths;
    for (const written of batch.docs) target.add(written.orgPath);
    for (const from of batch.departures) target.add(from.orgPath);
  }
  return touched;
}

function statsDoc(unit: Org, children: string[], figures: UnitFigures, at: number, previous?: Stats): Stats {
  return {
    id: statsDocId(unit.id),
    orgPath: unit.orgPath,
    createdAt: previous?.createdAt ?? at,
    createdBy: SERVER,
    modifiedAt: at,
    modifiedBy: SERVER,
    unitId: unit.id,
    unitKind: unit.kind,
    parentId: unit.parentId,
    children,
    figures,
    asOf: at,
    deletedAt: 0,
    _deleted: false,
  };
}

function tombstone(doc: Stats, at: number): Stats {
  const { points: _dropped, ...rest } = doc;
  return { ...rest, modifiedAt: at, children: [], figures: emptyFigures(), deletedAt: at, _deleted: true };
}
