import { afterEach, describe, expect, it } from 'vitest';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { createDatabase } from '@/db/database';
import { testConflictHandler } from './support/conflictHandler';
import type { XiaoanDatabase } from '@/db/types';
import { COLLECTIONS, type CollectionDefinition, type OrgDoc } from '@/domain/schemas';

/**
 * Schemas are versioned with migration strategies from day one: a device
 * holding data of an older schema version must come through an app update
 * with its data intact. This proves the wiring with a hypothetical v1.
 */
const storage = getRxStorageMemory();
let open: XiaoanDatabase[] = [];
afterEach(async () => {
  await Promise.all(open.map((db) => db.close()));
  open = [];
});

function orgsV1(): CollectionDefinition {
  const v0 = COLLECTIONS.orgs;
  return {
    ...v0,
    schema: {
      ...v0.schema,
      version: 1,
      properties: { ...v0.schema.properties, shortName: { type: 'string', maxLength: 20 } },
    },
    // v0 → v1: derive the new field from the old data.
    migrations: { 1: (doc) => ({ ...doc, shortName: String(doc.name).slice(0, 4) }) },
  };
}

const unit: OrgDoc = {
  id: '41',
  orgPath: '/41/',
  createdAt: 1,
  createdBy: 'test',
  modifiedAt: 1,
  modifiedBy: 'test',
  kind: 'province',
  name: '河南省教育厅',
  parentId: '',
  regionCode: '41',
  sortKey: '41',
  deletedAt: 0,
};

describe('schema migrations', () => {
  it('every collection has a migration step for every version above 0', () => {
    for (const definition of Object.values(COLLECTIONS)) {
      for (let v = 1; v <= definition.schema.version; v++) expect(definition.migrations[v], `${definition.name} v${v}`).toBeTypeOf('function');
    }
  });

  it('migrates documents stored under an older version when the database opens', async () => {
    const name = `migrate-${Date.now()}`;
    const before = await createDatabase({ name, storage, conflictHandler: testConflictHandler() });
    await before.orgs.insert(unit);
    await before.close();

    const after = await createDatabase({ name, storage, conflictHandler: testConflictHandler(), collections: { ...COLLECTIONS, orgs: orgsV1() } });
    open.push(after);
    const migrated = (await after.orgs.findOne('41').exec())?.toJSON() as Record<string, unknown> | undefined;
    expect(migrated).toMatchObject({ name: '河南省教育厅', shortName: '河南省教' });
  });
});
