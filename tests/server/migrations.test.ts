/**
 * Several processes starting at once on a fresh PostgreSQL database (issue
 * 13.3): each migration runs exactly once, the others wait for it (the
 * writers' advisory lock) and then find the schema in place.
 */
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { ensureTopAdmin } from '../../sync-server/src/bootstrap/admin';
import { ChangeHub } from '../../sync-server/src/replication/hub';
import { MIGRATIONS } from '../../sync-server/src/storage/migrations';
import { openPostgresStorage } from '../../sync-server/src/storage/postgres';
import { PG_ADMIN_URL } from './helpers';

describe('migrations under concurrency (postgres)', () => {
  it('runs every migration once, and creates the administrator once, when four processes start together', async () => {
    const url = new URL(PG_ADMIN_URL);
    const name = `xiaoan_migrate_${process.pid}_${Date.now()}`;
    const admin = new pg.Client({ connectionString: url.toString() });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    url.pathname = `/${name}`;
    try {
      const started = await Promise.all(Array.from({ length: 4 }, () => openPostgresStorage(url.toString())));
      // …and each creates the top administrator if it is missing: one does, none fails.
      const admins = await Promise.all(started.map((storage) => ensureTopAdmin(storage, new ChangeHub(), 'Root-pass-1357')));
      expect(admins.filter((a) => a.created)).toHaveLength(1);
      const client = new pg.Client({ connectionString: url.toString() });
      await client.connect();
      const { rows } = await client.query<{ version: string }>('SELECT version FROM schema_migrations ORDER BY version');
      await client.end();
      expect(rows.map((r) => Number(r.version))).toEqual(MIGRATIONS.map((m) => m.version).sort((a, b) => a - b));
      for (const storage of started) await storage.close();
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  });
});
