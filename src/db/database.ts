import {
  addRxPlugin,
  createRxDatabase,
  type RxCollectionCreator,
  type RxConflictHandler,
  type RxJsonSchema,
  type RxStorage,
} from 'rxdb';
import { RxDBLeaderElectionPlugin } from 'rxdb/plugins/leader-election';
import { RxDBLocalDocumentsPlugin } from 'rxdb/plugins/local-documents';
import { RxDBMigrationSchemaPlugin } from 'rxdb/plugins/migration-schema';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import { COLLECTIONS, MAX_COLLECTIONS, type CollectionDefinition, type CollectionName, type CollectionSchema } from '@/domain/schemas';
import type { XiaoanCollections, XiaoanDatabase } from './types';

addRxPlugin(RxDBMigrationSchemaPlugin);
addRxPlugin(RxDBLeaderElectionPlugin);
// Local documents (device-only state such as the import journal) need this plugin as well as `localDocuments: true`.
addRxPlugin(RxDBLocalDocumentsPlugin);

// Compile-time proof that our plain domain schemas are RxDB schemas.
const asRxSchema = (schema: CollectionSchema): RxJsonSchema<Record<string, unknown>> =>
  schema as RxJsonSchema<Record<string, unknown>>;

export interface CreateDatabaseOptions {
  name: string;
  /** Tests pass a memory or fake-indexeddb storage; the app uses Dexie. */
  storage?: RxStorage<unknown, unknown>;
  /** The collection definitions; tests of schema migrations pass a later version. */
  collections?: Record<CollectionName, CollectionDefinition>;
  /**
   * Makes each collection's conflict handler. Passed in, not imported, so
   * the database knows nothing of replication: the session passes the
   * three-way merge of src/sync (no edit is lost to a conflict); tests of
   * the database alone may pass any handler.
   */
  conflictHandler: (collection: CollectionName) => RxConflictHandler<unknown>;
}

/** Open the database with every collection of the product. */
export async function createDatabase(options: CreateDatabaseOptions): Promise<XiaoanDatabase> {
  const definitions: Record<CollectionName, CollectionDefinition> = options.collections ?? COLLECTIONS;
  const names = Object.keys(definitions) as CollectionName[];
  if (names.length > MAX_COLLECTIONS) {
    throw new Error(`${names.length} collections exceed the limit of ${MAX_COLLECTIONS}`);
  }
  const db = await createRxDatabase<XiaoanCollections>({
    name: options.name,
    storage: options.storage ?? (getRxStorageDexie() as RxStorage<unknown, unknown>),
    multiInstance: true,
    eventReduce: true,
    // Hot reload re-creates the database: close the stale instance instead
    // of counting its collections against the 13-collection limit again.
    closeDuplicates: true,
    // Device-only state (settings, sign-in verifier) lives in local documents,
    // which are never replicated.
    localDocuments: true,
    // A first sync or an import writes in bursts of hundreds of documents;
    // without grouping, every burst re-runs each open list query over the
    // whole scope (a county's roster: seconds each). A third of a second is
    // not noticeable after a single edit.
    liveQueryUpdateThrottleTime: 300,
    // A roster above school level shows a page and a count of its filter
    // (usePagedRoster); the filters are not all indexed, so the count reads
    // the scope. It runs after the page, one at a time, at most every 5 s during a burst of writes.
    allowSlowCount: true,
    // Tombstones outlive any realistic offline period (DESIGN-NOTES).
    cleanupPolicy: { minimumDeletedTime: 1000 * 60 * 60 * 24 * 365 },
  });
  const creators: Record<string, RxCollectionCreator> = {};
  for (const name of names) {
    const definition = definitions[name];
    creators[name] = {
      schema: asRxSchema(definition.schema),
      migrationStrategies: definition.migrations,
      autoMigrate: true,
      conflictHandler: options.conflictHandler(name),
    };
  }
  await db.addCollections(creators);
  return db;
}
