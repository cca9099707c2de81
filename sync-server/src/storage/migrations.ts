/**
 * Versioned schema migrations. Each runs once, in order, inside a
 * transaction, and is recorded in `schema_migrations`. Never edit a
 * released migration: add the next version.
 */
import { hazardV0toV1 } from '#domain/schemas/hazards';
import { inspectionV0toV1 } from '#domain/schemas/inspections';
import type { SqlDriver, SqlExecutor } from './driver';
import type { StorageKind } from './types';

export interface Migration {
  version: number;
  name: string;
  sql: Record<StorageKind, string[]>;
  /** Data changes SQL alone cannot express portably, run after `sql` in the same transaction. */
  run?: (ex: SqlExecutor) => Promise<void>;
}

/** Column types per dialect. PostgreSQL compares paths and ids byte-wise ("C"), like SQLite. */
const T = {
  sqlite: { key: 'TEXT', text: 'TEXT', int: 'INTEGER', flag: 'INTEGER', bytes: 'BLOB' },
  postgres: { key: 'TEXT COLLATE "C"', text: 'TEXT', int: 'BIGINT', flag: 'SMALLINT', bytes: 'BYTEA' },
} as const;

function initialSchema(kind: StorageKind): string[] {
  const t = T[kind];
  return [
    `CREATE TABLE docs (
      collection ${t.key} NOT NULL,
      id ${t.key} NOT NULL,
      org_path ${t.key} NOT NULL,
      subject_id ${t.key} NOT NULL DEFAULT '',
      server_updated_at ${t.int} NOT NULL,
      deleted ${t.flag} NOT NULL DEFAULT 0,
      data ${t.text} NOT NULL,
      PRIMARY KEY (collection, id)
    )`,
    // Pull order (checkpoint = updatedAt, id) and scope (org-path prefix ranges).
    'CREATE INDEX docs_changes ON docs (collection, server_updated_at, id)',
    'CREATE INDEX docs_scope ON docs (collection, org_path)',
    'CREATE INDEX docs_subject ON docs (collection, subject_id)',
    `CREATE TABLE users (
      id ${t.key} PRIMARY KEY,
      username ${t.key} NOT NULL UNIQUE,
      password_hash ${t.text} NOT NULL,
      must_change_password ${t.flag} NOT NULL,
      disabled ${t.flag} NOT NULL,
      role ${t.text} NOT NULL,
      org_id ${t.key} NOT NULL,
      org_path ${t.key} NOT NULL,
      person_id ${t.key} NOT NULL,
      display_name ${t.text} NOT NULL,
      created_at ${t.int} NOT NULL,
      password_changed_at ${t.int} NOT NULL
    )`,
    `CREATE TABLE sessions (
      id ${t.key} PRIMARY KEY,
      user_id ${t.key} NOT NULL REFERENCES users (id),
      token_hash ${t.key} NOT NULL UNIQUE,
      label ${t.text} NOT NULL,
      user_agent ${t.text} NOT NULL,
      ip ${t.text} NOT NULL,
      created_at ${t.int} NOT NULL,
      last_seen_at ${t.int} NOT NULL,
      expires_at ${t.int} NOT NULL,
      revoked_at ${t.int} NOT NULL DEFAULT 0
    )`,
    'CREATE INDEX sessions_user ON sessions (user_id)',
    // The server clock: one row, strictly increasing, survives restarts.
    `CREATE TABLE server_clock (id ${t.int} PRIMARY KEY, last_value ${t.int} NOT NULL)`,
    'INSERT INTO server_clock (id, last_value) VALUES (1, 0)',
    `CREATE TABLE meta (key ${t.key} PRIMARY KEY, value ${t.text} NOT NULL)`,
  ];
}

/**
 * Departures: where documents were before a write moved them (a student to
 * another school, an account to another unit), so pulls can tell the
 * devices that held them to drop their copies. `tag`: the collection whose
 * read rule a derived record keeps (conflict and refusal records).
 */
function departuresSchema(kind: StorageKind): string[] {
  const t = T[kind];
  return [
    `ALTER TABLE docs ADD COLUMN tag ${t.key} NOT NULL DEFAULT ''`,
    `CREATE TABLE departures (
      collection ${t.key} NOT NULL,
      id ${t.key} NOT NULL,
      org_path ${t.key} NOT NULL,
      subject_id ${t.key} NOT NULL,
      tag ${t.key} NOT NULL,
      server_updated_at ${t.int} NOT NULL,
      PRIMARY KEY (collection, id, org_path, subject_id, tag)
    )`,
    'CREATE INDEX departures_changes ON departures (collection, server_updated_at, id)',
    'CREATE INDEX departures_scope ON departures (collection, org_path)',
  ];
}

/**
 * Version 2 gives accounts a subject (their person) and conflict records a
 * subject (whose value lost) and a tag (their source collection), and
 * marks the conflict records stored so far as merges. Frozen: it must stay
 * what it was when released, whatever the domain says later.
 */
async function backfillSubjectsAndTags(ex: SqlExecutor): Promise<void> {
  const accounts = await ex.all<{ id: string; data: string }>("SELECT id, data FROM docs WHERE collection = 'accounts'");
  for (const row of accounts) {
    const doc = JSON.parse(row.data) as { personId?: unknown; initialPassword?: unknown };
    await ex.run("UPDATE docs SET subject_id = ? WHERE collection = 'accounts' AND id = ?", [String(doc.personId ?? ''), row.id]);
    if (doc.initialPassword) {
      // Initial passwords are no longer kept on the server: clear them, with
      // a new stamp so every device that holds one receives the cleared copy.
      const [clock] = await ex.all<{ last_value: number }>('UPDATE server_clock SET last_value = last_value + 1 WHERE id = 1 RETURNING last_value');
      await ex.run("UPDATE docs SET data = ?, server_updated_at = ? WHERE collection = 'accounts' AND id = ?", [
        JSON.stringify({ ...doc, initialPassword: '' }),
        Number(clock?.last_value ?? 0),
        row.id,
      ]);
    }
  }
  const conflicts = await ex.all<{ id: string; data: string }>("SELECT id, data FROM docs WHERE collection = 'conflicts'");
  for (const row of conflicts) {
    const doc = JSON.parse(row.data) as Record<string, unknown>;
    const data = JSON.stringify({ ...doc, kind: doc.kind ?? 'merge', reason: doc.reason ?? '' });
    await ex.run("UPDATE docs SET subject_id = ?, tag = ?, data = ? WHERE collection = 'conflicts' AND id = ?", [
      String(doc.losingBy ?? ''),
      String(doc.sourceCollection ?? ''),
      data,
      row.id,
    ]);
  }
}

/**
 * Version 3 (issue 11): photos as files keyed by their SHA-256, with the
 * documents that refer to them (a file is readable by whoever may read one
 * of those); the bytes are rows in the database, so a backup of the
 * database is a backup of the photos.
 */
function filesSchema(kind: StorageKind): string[] {
  const t = T[kind];
  return [
    `CREATE TABLE files (
      sha256 ${t.key} PRIMARY KEY,
      mime ${t.text} NOT NULL,
      bytes ${t.int} NOT NULL,
      data ${t.bytes} NOT NULL,
      uploaded_by ${t.key} NOT NULL,
      uploaded_at ${t.int} NOT NULL
    )`,
    `CREATE TABLE file_refs (
      sha256 ${t.key} NOT NULL,
      collection ${t.key} NOT NULL,
      doc_id ${t.key} NOT NULL,
      PRIMARY KEY (sha256, collection, doc_id)
    )`,
    'CREATE INDEX file_refs_doc ON file_refs (collection, doc_id)',
  ];
}

/**
 * Hazards and inspections stored in their v0 placeholder shape (none were
 * written by the app, which had no screens for them) are brought to v1,
 * with a new stamp so devices pull the new shape.
 */
async function hazardsAndInspectionsV1(ex: SqlExecutor): Promise<void> {
  const upgrades: [string, (doc: Record<string, unknown>) => Record<string, unknown>, string][] = [
    ['hazards', hazardV0toV1, 'responsible'],
    ['inspections', inspectionV0toV1, 'checklistId'],
  ];
  for (const [collection, upgrade, v0Field] of upgrades) {
    const rows = await ex.all<{ id: string; data: string }>('SELECT id, data FROM docs WHERE collection = ?', [collection]);
    for (const row of rows) {
      const doc = JSON.parse(row.data) as Record<string, unknown>;
      if (!(v0Field in doc)) continue;
      const [clock] = await ex.all<{ last_value: number }>('UPDATE server_clock SET last_value = last_value + 1 WHERE id = 1 RETURNING last_value');
      await ex.run('UPDATE docs SET data = ?, server_updated_at = ? WHERE collection = ? AND id = ?', [
        JSON.stringify(upgrade(doc)),
        Number(clock?.last_value ?? 0),
        collection,
        row.id,
      ]);
    }
  }
}

/**
 * Version 4: each document's and departure's `branch` (its org path cut at
 * county depth) and the index a county's pull walks in checkpoint order.
 */
function branchSchema(kind: StorageKind): string[] {
  const t = T[kind];
  return [
    `ALTER TABLE docs ADD COLUMN branch ${t.key} NOT NULL DEFAULT ''`,
    `ALTER TABLE departures ADD COLUMN branch ${t.key} NOT NULL DEFAULT ''`,
  ];
}

const BRANCH_INDEXES = [
  'CREATE INDEX docs_branch_changes ON docs (collection, branch, server_updated_at, id)',
  'CREATE INDEX departures_branch_changes ON departures (collection, branch, server_updated_at, id)',
];

/** Frozen with version 4: the branch of every stored path, then the indexes. */
async function backfillBranches(ex: SqlExecutor): Promise<void> {
  for (const table of ['docs', 'departures']) {
    const places = await ex.all<{ collection: string; org_path: string }>(`SELECT DISTINCT collection, org_path FROM ${table}`);
    for (const { collection, org_path: path } of places) {
      const ids = path.split('/').filter(Boolean);
      const branch = ids.length <= 3 ? path : `/${ids.slice(0, 3).join('/')}/`;
      await ex.run(`UPDATE ${table} SET branch = ? WHERE collection = ? AND org_path = ?`, [branch, collection, path]);
    }
  }
  for (const statement of BRANCH_INDEXES) await ex.run(statement);
}

/**
 * Version 5: state every process shares on PostgreSQL (unused by SQLite,
 * which keeps it in memory): sign-in attempts (auth/throttle.ts) and the
 * open change streams, so stream caps hold across processes (relay.ts).
 */
function sharedStateSchema(kind: StorageKind): string[] {
  const t = T[kind];
  return [
    `CREATE TABLE auth_attempts (kind ${t.key} NOT NULL, key ${t.key} NOT NULL, attempts ${t.int} NOT NULL,
      last_attempt_at ${t.int} NOT NULL, locked_until ${t.int} NOT NULL, PRIMARY KEY (kind, key))`,
    `CREATE TABLE stream_leases (id ${t.key} PRIMARY KEY, origin ${t.key} NOT NULL, user_id ${t.key} NOT NULL, opened_at ${t.int} NOT NULL, seen_at ${t.int} NOT NULL)`,
    'CREATE INDEX stream_leases_user ON stream_leases (user_id, opened_at)',
    'CREATE INDEX stream_leases_opened ON stream_leases (opened_at)',
    'CREATE INDEX stream_leases_origin ON stream_leases (origin)',
  ];
}

/**
 * Version 9 (issue 14): the days each account signed in — one row per
 * account and Shanghai day, stamped with the server clock so the rollup
 * owner picks up new ones in order — and, per school, the next instant its
 * figures change with time alone.
 */
function statsBookkeepingSchema(kind: StorageKind): string[] {
  const t = T[kind];
  return [
    `CREATE TABLE sign_in_days (user_id ${t.key} NOT NULL, day ${t.int} NOT NULL, org_path ${t.key} NOT NULL, stamp ${t.int} NOT NULL,
      PRIMARY KEY (user_id, day))`,
    'CREATE INDEX sign_in_days_stamp ON sign_in_days (stamp)',
    `CREATE TABLE stats_due (school_id ${t.key} PRIMARY KEY, due_at ${t.int} NOT NULL)`,
    'CREATE INDEX stats_due_at ON stats_due (due_at)',
  ];
}

export const MIGRATIONS: Migration[] = [
  { version: 1, name: 'documents, users, sessions, clock', sql: { sqlite: initialSchema('sqlite'), postgres: initialSchema('postgres') } },
  {
    version: 2,
    name: 'departures, tags, subjects of accounts and conflict records',
    sql: { sqlite: departuresSchema('sqlite'), postgres: departuresSchema('postgres') },
    run: backfillSubjectsAndTags,
  },
  {
    version: 3,
    name: 'files and file references; hazards and inspections v1',
    sql: { sqlite: filesSchema('sqlite'), postgres: filesSchema('postgres') },
    run: hazardsAndInspectionsV1,
  },
  {
    version: 4,
    name: 'branch of documents and departures, indexed for pulls within a county',
    sql: { sqlite: branchSchema('sqlite'), postgres: branchSchema('postgres') },
    run: backfillBranches,
  },
  {
    version: 5,
    name: 'sign-in attempts and open change streams shared by every process',
    sql: { sqlite: sharedStateSchema('sqlite'), postgres: sharedStateSchema('postgres') },
  },
  {
    version: 9,
    name: 'sign-in days and the times statistics change by the clock',
    sql: { sqlite: statsBookkeepingSchema('sqlite'), postgres: statsBookkeepingSchema('postgres') },
  },
];

/**
 * Apply every pending migration; returns the versions applied. All of it
 * runs in one write transaction, which on PostgreSQL holds the writers'
 * advisory lock: processes starting together wait for the first, then find
 * its versions recorded, so each migration runs once.
 */
export async function migrate(driver: SqlDriver, migrations: Migration[] = MIGRATIONS): Promise<number[]> {
  const int = T[driver.dialect].int;
  const applied: number[] = [];
  await driver.transaction(async (ex) => {
    await ex.run(
      `CREATE TABLE IF NOT EXISTS schema_migrations (version ${int} PRIMARY KEY, name TEXT NOT NULL, applied_at ${int} NOT NULL)`,
    );
    const done = new Set(
      (await ex.all<{ version: number }>('SELECT version FROM schema_migrations')).map((row) => Number(row.version)),
    );
    for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
      if (done.has(migration.version)) continue;
      for (const statement of migration.sql[driver.dialect]) await ex.run(statement);
      await migration.run?.(ex);
      await ex.run('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', [
        migration.version,
        migration.name,
        Date.now(),
      ]);
      applied.push(migration.version);
    }
    // The clock never goes back, even if the clock row was lost or reset.
    await ex.run(
      `UPDATE server_clock SET last_value = (SELECT COALESCE(MAX(server_updated_at), 0) FROM docs)
       WHERE id = 1 AND last_value < (SELECT COALESCE(MAX(server_updated_at), 0) FROM docs)`,
    );
  });
  return applied;
}
