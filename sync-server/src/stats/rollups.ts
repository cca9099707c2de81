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
 * running tasks) are as of `asOf`, the time of the last update.
 */
import { ancestorPaths, lastId, pathIds } from '#domain/org/path';
import { CHILD_KINDS, type OrgKind } from '#domain/org/levels';
import type { AccidentDoc, CollectionName, OrgDoc, StatsDoc } from '#domain/schemas/index';
import { statsDocId } from '#domain/schemas/index';
import { emptyFigures, hazardForStats, rollUp, schoolFigures, sumFigures, type StoredHazard, type UnitFigures } from '#domain/stats/index';
import { commit } from '../replication/commit';
import { writeDocs, toWire, type WireDoc } from '../replication/docs';
import type { ChangeBatch, ChangeHub } from '../replication/hub';
import type { Storage } from '../storage/types';
import { readScoped } from './readScoped';

/** Collections whose documents enter the figures. */
const COUNTED: ReadonlySet<CollectionName> = new Set(['orgs', 'people', 'accounts', 'content', 'activities', 'hazards', 'accidents']);
const SERVER = 'server';

type Org = OrgDoc & { _deleted: boolean };
type Stats = StatsDoc & { _deleted: boolean };

export class StatsRollups {
  private queue: Promise<void> = Promise.resolve();
  private failures = 0;

  constructor(
    private readonly storage: Storage,
    private readonly hub: ChangeHub,
    private readonly now: () => number = Date.now,
  ) {}

  /** Queue an update for what a commit touched (the hub calls this after publishing it). */
  onCommitted(batches: readonly ChangeBatch[]): void {
    const touched = touchedPlaces(batches);
    if (!touched.paths.size && !touched.content.size) return;
    this.enqueue(() => this.update(touched));
  }

  /** Recount every unit (first start with existing data, or a repair). */
  rebuildAll(): Promise<void> {
    this.enqueue(async () => {
      const orgs = (await readScoped(this.storage, 'orgs', { prefixes: ['/'] })) as unknown as Org[];
      await this.update({ paths: new Set(orgs.map((o) => o.orgPath)), content: new Set() });
    });
    return this.idle();
  }

  /** Resolves when every queued update has run (tests, shutdown). */
  idle(): Promise<void> {
    return this.queue;
  }

  get failed(): number {
    return this.failures;
  }

  private enqueue(task: () => Promise<void>): void {
    this.queue = this.queue.then(task).catch((error: unknown) => {
      // A failed update leaves the previous figures; the next change of the school recounts it.
      this.failures += 1;
      console.error('stats rollup failed', error);
    });
  }

  private async update(touched: Touched): Promise<void> {
    const paths = new Set(touched.paths);
    for (const path of touched.content) {
      for (const org of await this.orgsBelow(path)) if (org.kind === 'school') paths.add(org.orgPath);
    }
    const ids = new Set([...paths].flatMap(pathIds));
    const orgs = new Map((await this.storage.getDocs('orgs', [...ids])).map((row) => [row.id, toWire(row) as unknown as Org]));
    const schools = new Set<string>();
    const admins = new Set<string>();
    for (const path of paths) {
      const chain = pathIds(path).map((id) => orgs.get(id));
      const school = chain.find((o) => o?.kind === 'school');
      if (school) schools.add(school.id);
      else admins.add(lastId(path));
    }
    const at = this.now();
    const written: Stats[] = [];
    const dirty = new Set<string>();
    for (const id of schools) written.push(...(await this.recountSchool(id, orgs.get(id), at, dirty)));
    for (const id of admins) dirty.add(id);
    const pending = new Map(written.map((doc) => [doc.unitId, doc]));
    written.push(...(await this.resum(dirty, at, pending)));
    if (!written.length) return;
    await commit(this.storage, this.hub, (tx, changes) => writeDocs(tx, changes, 'stats', written as unknown as WireDoc[]));
  }

  private async orgsBelow(path: string): Promise<Org[]> {
    return (await readScoped(this.storage, 'orgs', { prefixes: [path] })) as unknown as Org[];
  }

  private async statsOf(ids: readonly string[]): Promise<Map<string, Stats>> {
    const rows = await this.storage.getDocs('stats', ids.map(statsDocId));
    return new Map(rows.map((row) => [(toWire(row) as unknown as Stats).unitId, toWire(row) as unknown as Stats]));
  }

  /** A school's stats and its classes', from the school's own documents; marks the units above as dirty. */
  private async recountSchool(id: string, school: Org | undefined, at: number, dirty: Set<string>): Promise<Stats[]> {
    const previous = (await this.statsOf([id])).get(id);
    if (previous?.parentId) dirty.add(previous.parentId);
    if (!school || school._deleted || school.deletedAt !== 0 || school.kind !== 'school') {
      if (!previous || previous.deletedAt) return [];
      const gone = [id, ...previous.children];
      return [...(await this.statsOf(gone)).values()].map((doc) => tombstone(doc, at));
    }
    dirty.add(school.parentId);
    const path = school.orgPath;
    const read = (collection: CollectionName) => readScoped(this.storage, collection, { prefixes: [path] });
    const classes = ((await read('orgs')) as unknown as Org[]).filter((o) => o.kind === 'class');
    const own = schoolFigures({
      school,
      classes,
      people: (await read('people')) as never,
      accounts: (await read('accounts')) as never,
      content: (await readScoped(this.storage, 'content', { prefixes: [path], exactPaths: ancestorPaths(path) })) as never,
      activities: (await read('activities')) as never,
      hazards: ((await read('hazards')) as unknown as StoredHazard[]).filter((h) => h.deletedAt === 0).map(hazardForStats),
      accidents: ((await read('accidents')) as unknown as AccidentDoc[]).filter((a) => a.deletedAt === 0),
      now: at,
    });
    const live = classes.filter((c) => c.deletedAt === 0);
    const subtree = rollUp([school, ...live], own);
    const out: Stats[] = [
      statsDoc(school, live.map((c) => c.id), subtree.get(id) ?? emptyFigures(), at, previous),
      ...live.map((c) => statsDoc(c, [], subtree.get(c.id) ?? emptyFigures(), at)),
    ];
    const removed = (previous?.children ?? []).filter((c) => !live.some((l) => l.id === c));
    for (const doc of (await this.statsOf(removed)).values()) if (!doc.deletedAt) out.push(tombstone(doc, at));
    return out;
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

interface Touched {
  paths: Set<string>;
  /** Paths where content changed: the schools below are asked other things. */
  content: Set<string>;
}

function touchedPlaces(batches: readonly ChangeBatch[]): Touched {
  const touched: Touched = { paths: new Set(), content: new Set() };
  for (const batch of batches) {
    if (!COUNTED.has(batch.collection)) continue;
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
  return { ...doc, modifiedAt: at, children: [], figures: emptyFigures(), deletedAt: at, _deleted: true };
}

