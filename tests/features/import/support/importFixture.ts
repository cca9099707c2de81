import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { createDatabase } from '@/db/database';
import { testConflictHandler } from '../../../db/support/conflictHandler';
import { seedImportUnits } from '../../../db/support/importUnits';
import type { XiaoanDatabase } from '@/db/types';
import type { OrgDoc } from '@/domain/schemas';

/**
 * The shared fixtures live beside the repository (../shared/fixtures, in
 * development and in CI's checkout alike): resolved from this file (happy-dom's
 * URL is not Node's, so by path rather than file URL).
 */
export const SHIHE_DIR = `${resolve(import.meta.dirname, '../../../../../shared/fixtures/roster-shihe')}/`;

export interface ManifestFault {
  row: number;
  fault: string;
}

export function manifestFaults(file: string): ManifestFault[] {
  const manifest = JSON.parse(readFileSync(`${SHIHE_DIR}manifest.json`, 'utf8')) as { files: { file: string; faults?: ManifestFault[] }[] };
  return manifest.files.find((f) => f.file === file)?.faults ?? [];
}

export function fixtureFile(name: string): File {
  return new File([readFileSync(`${SHIHE_DIR}${name}`)], name);
}

export interface ImportWorldFixture {
  db: XiaoanDatabase;
  county: OrgDoc;
  township: OrgDoc;
  school: OrgDoc;
}

let counter = 0;

/**
 * 河南省 › 信阳市 › 浉河区 › 董家河镇 › one primary school without classes
 * (seedImportUnits), in memory; the test user (mountWithApp's county administrator) imports
 * for the school on its behalf.
 */
export async function createImportWorld(): Promise<ImportWorldFixture> {
  const db = await createDatabase({
    name: `importui${Date.now()}x${++counter}`,
    storage: getRxStorageMemory(),
    conflictHandler: testConflictHandler(),
  });
  const { county, township, school } = await seedImportUnits({ db, actor: 'seed' });
  return { db, county, township, school };
}

/** Document counts of the collections an import writes. */
export async function countDocs(db: XiaoanDatabase) {
  const [orgs, identities, people, accounts, audit] = await Promise.all([
    db.orgs.count().exec(),
    db.identities.count().exec(),
    db.people.count().exec(),
    db.accounts.count().exec(),
    db.audit.count().exec(),
  ]);
  return { orgs, identities, people, accounts, audit };
}
