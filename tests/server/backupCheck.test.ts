/**
 * The backup procedure of docs/deploy.md (issue 13.3): `npm run
 * pg:backup-check` dumps a database with the demo, restores it into a fresh
 * one and pulls the same documents from both.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { PG_ADMIN_URL } from './helpers';

describe('pg:backup-check', () => {
  it('restores a dump that pulls the same documents', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'sync-server/src/ops/backupCheck.ts', '--admin', PG_ADMIN_URL],
      { timeout: 120_000 },
    );
    expect(stdout).not.toContain('DIFFERENT');
    expect(stdout).toMatch(/backup check passed: [1-9]\d* documents pulled alike/);
  }, 150_000);
});
