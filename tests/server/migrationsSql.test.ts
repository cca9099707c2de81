/**
 * Released migrations are frozen: the statements each one sends, in each
 * dialect, must stay the text they were when released (SQLite keeps a
 * table's CREATE text as its schema, so even a layout change would make a
 * fresh database differ from an upgraded one). The digests below were taken
 * from the hand-written SQL before the table helper (storage/ddl.ts)
 * replaced it; add a line for each new version, never change one.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../sync-server/src/storage/migrations';

const RELEASED: Record<number, { sqlite: string; postgres: string }> = {
  1: {
    sqlite: 'b4f4ecc236472d2570c400738ebfe34d6bda16dd1dcca92b2025a32ef2e4daea',
    postgres: '39289b13ef1ba230f3902853f334e73e8d0de5b1a14de4d92bfbc23d48902ab5',
  },
  2: {
    sqlite: 'b7d1b445cc447a035b329db1ab6d36eaa01c39ab9e1564c8e3055b438df14cca',
    postgres: 'b44a3a2d1b2f322b1697628c0a022c3b5bf66ece0017268c8da2fb1fea38c948',
  },
  3: {
    sqlite: 'd26fc32f55e146919ae9c142d19f8e76d3d03801f864238561700df08aeb3ba1',
    postgres: '50e94fd833b3fa6862c0479e1f60ab32491f8a970a5dd1659516ebba309e3369',
  },
  4: {
    sqlite: 'b253fcbbad3c1e2c2f16b08b153497ffde22364574bd67c3a16bd7bd0b0005b3',
    postgres: '17379737dd525cdf31667d25285458634686a30c3cf07a06a725ebee2dd5fd7d',
  },
  5: {
    sqlite: '657e89e23d492675f40b3b3060a183ce0375284468020f05c9cd06ca01530650',
    postgres: '9518335b46d798d7ad63a60b9e015c117f7c8e77a84fdd7eb1acdfe45cd77b35',
  },
  // Version 6 changes data only (no statements).
  6: {
    sqlite: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    postgres: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  },
};

const digest = (statements: string[]): string => createHash('sha256').update(statements.join('\n;\n')).digest('hex');

describe('released migrations', () => {
  it.each(Object.entries(RELEASED))('version %s sends the SQL it was released with, in both dialects', (version, released) => {
    const migration = MIGRATIONS.find((m) => m.version === Number(version));
    expect(migration).toBeDefined();
    expect({ sqlite: digest(migration!.sql('sqlite')), postgres: digest(migration!.sql('postgres')) }).toEqual(released);
  });

  it('writes each column of a helper-made table as the hand-written SQL did', () => {
    const [, , , , users] = MIGRATIONS[0]!.sql('postgres');
    expect(users).toContain('id TEXT COLLATE "C" PRIMARY KEY,\n      username TEXT COLLATE "C" NOT NULL UNIQUE,');
    expect(users).toMatch(/password_changed_at BIGINT NOT NULL\n {4}\)$/);
  });
});
