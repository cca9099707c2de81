/**
 * Versioned schema migrations. Each runs once, in order, inside a
 * transaction, and is recorded in `schema_migrations`. Never edit a
 * released migration: add the next version.
 */
import { hazardV0toV1 } from '#domain/schemas/hazards';
import { inspectionV0toV1 } from '#domain/schemas/inspections';
import { COLUMN_TYPES, createTable } from './ddl';
import type { SqlDriver, SqlExecutor } from './driver';
import type { StorageKind } from './types';

export interface Migration {
  version: number;
  name: string;
  /** The statements for a dialect. */
  sql: (kind: StorageKind) => string[];
  /** Data changes SQL alone cannot express portably, run after `sql` in the same transaction. */
  run?: (ex: SqlExecutor) => Promise<void>;
}

function initialSchema(kind: StorageKind): string[] {
  const t = COLUMN_TYPES[kind];
  return [
    createTable(
      kind,
      'docs',
      {
        collection: 'key',
        id: 'key',
        org_path: 'key',
        subject_id: "key DEFAULT ''",
        server_updated_at: 'int',
        deleted: 'flag DEFAULT 0',
        data: 'text',
      },
      'PRIMARY KEY (collection, id)',
    ),
    // Pull order (checkpoint = updatedAt, id) and scope (org-path prefix ranges).
    'CREATE INDEX docs_changes ON docs (collection, server_updated_at, id)',
    'CREATE INDEX docs_scope ON docs (collection, org_path)',
    'CREATE INDEX docs_subject ON docs (collection, subject_id)',
    createTable(kind, 'users', {
      id: 'key PRIMARY KEY',
      username: 'key UNIQUE',
      password_hash: 'text',
      must_change_password: 'flag',
      disabled: 'flag',
      role: 'text',
      org_id: 'key',
      org_path: 'key',
      person_id: 'key',
      display_name: 'text',
      created_at: 'int',
      password_changed_at: 'int',
    }),
    createTable(kind, 'sessions', {
      id: 'key PRIMARY KEY',
      user_id: 'key REFERENCES users (id)',
      token_hash: 'key UNIQUE',
      label: 'text',
      user_agent: 'text',
      ip: 'text',
      created_at: 'int',
      last_seen_at: 'int',
      expires_at: 'int',
      revoked_at: 'int DEFAULT 0',
    }),
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
  const t = COLUMN_TYPES[kind];
  return [
    `ALTER TABLE docs ADD COLUMN tag ${t.key} NOT NULL DEFAULT ''`,
    createTable(
      kind,
      'departures',
      { collection: 'key', id: 'key', org_path: 'key', subject_id: 'key', tag: 'key', server_updated_at: 'int' },
      'PRIMARY KEY (collection, id, org_path, subject_id, tag)',
    ),
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
  return [
    createTable(kind, 'files', {
      sha256: 'key PRIMARY KEY',
      mime: 'text',
      bytes: 'int',
      data: 'bytes',
      uploaded_by: 'key',
      uploaded_at: 'int',
    }),
    createTable(kind, 'file_refs', { sha256: 'key', collection: 'key', doc_id: 'key' }, 'PRIMARY KEY (sha256, collection, doc_id)'),
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
  const t = COLUMN_TYPES[kind];
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
  const t = COLUMN_TYPES[kind];
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
 * Version 6 (issue 10): content drafts are read only by their author unit
 * (readScope's `drafts`), through a draft's tag 'draft' and its subject
 * (its author). Drafts stored before carry neither: they get both, a new
 * stamp, and a departure from where they were visible to the whole
 * subtree, so devices below that pulled one are told to drop it. Frozen:
 * the values are written out here, not taken from the domain.
 */
async function draftsToAuthorUnit(ex: SqlExecutor): Promise<void> {
  const rows = await ex.all<{ id: string; org_path: string; branch: string; data: string }>(
    "SELECT id, org_path, branch, data FROM docs WHERE collection = 'content' AND tag = ''",
  );
  for (const row of rows) {
    const doc = JSON.parse(row.data) as { status?: unknown; createdBy?: unknown };
    if (doc.status !== 'draft') continue;
    const [clock] = await ex.all<{ last_value: number }>('UPDATE server_clock SET last_value = last_value + 1 WHERE id = 1 RETURNING last_value');
    const at = Number(clock?.last_value ?? 0);
    await ex.run(
      `INSERT INTO departures (collection, id, org_path, branch, subject_id, tag, server_updated_at) VALUES ('content', ?, ?, ?, '', '', ?)
       ON CONFLICT (collection, id, org_path, subject_id, tag) DO UPDATE SET server_updated_at = excluded.server_updated_at`,
      [row.id, row.org_path, row.branch, at],
    );
    await ex.run("UPDATE docs SET tag = 'draft', subject_id = ?, server_updated_at = ? WHERE collection = 'content' AND id = ?", [
      String(doc.createdBy ?? ''),
      at,
      row.id,
    ]);
  }
}

/**
 * Version 9 (issue 14): the days each account signed in — one row per
 * account and Shanghai day, stamped with the server clock so the rollup
 * owner picks up new ones in order — and, per school, the next instant its
 * figures change with time alone.
 */
function statsBookkeepingSchema(kind: StorageKind): string[] {
  return [
    createTable(kind, 'sign_in_days', { user_id: 'key', day: 'int', org_path: 'key', stamp: 'int' }, 'PRIMARY KEY (user_id, day)'),
    'CREATE INDEX sign_in_days_stamp ON sign_in_days (stamp)',
    createTable(kind, 'stats_due', { school_id: 'key PRIMARY KEY', due_at: 'int' }),
    'CREATE INDEX stats_due_at ON stats_due (due_at)',
  ];
}

export const MIGRATIONS: Migration[] = [
  { version: 1, name: 'documents, users, sessions, clock', sql: initialSchema },
  {
    version: 2,
    name: 'departures, tags, subjects of accounts and conflict records',
    sql: departuresSchema,
    run: backfillSubjectsAndTags,
  },
  {
    version: 3,
    name: 'files and file references; hazards and inspections v1',
    sql: filesSchema,
    run: hazardsAndInspectionsV1,
  },
  {
    version: 4,
    name: 'branch of documents and departures, indexed for pulls within a county',
    sql: branchSchema,
    run: backfillBranches,
  },
  {
    version: 5,
    name: 'sign-in attempts and open change streams shared by every process',
    sql: sharedStateSchema,
  },
  {
    version: 6,
    name: 'content drafts read only by their author unit',
    sql: () => [],
    run: draftsToAuthorUnit,
  },
  {
    version: 9,
    name: 'sign-in days and the times statistics change by the clock',
    sql: statsBookkeepingSchema,
  },
];

/**
 * Apply every pending migration; returns the versions applied. All of it
 * runs in one write transaction, which on PostgreSQL holds the writers'
 * advisory lock: processes starting together wait for the first, then find
 * its versions recorded, so each migration runs once.
 */
export async function migrate(driver: SqlDriver, migrations: Migration[] = MIGRATIONS): Promise<number[]> {
  const int = COLUMN_TYPES[driver.dialect].int;
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
      for (const statement of migration.sql(driver.dialect)) await ex.run(statement);
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
