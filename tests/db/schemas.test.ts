import { describe, expect, it } from 'vitest';
import { checkSchema } from 'rxdb/plugins/dev-mode';
import type { RxJsonSchema } from 'rxdb';
import { COLLECTIONS } from '@/domain/schemas';

/**
 * RxDB's own dev-mode schema check over every collection schema. Production
 * builds skip dev-mode, so a schema RxDB would reject (a reserved field
 * name, an index on an optional field the Dexie storage cannot index) must
 * be caught here rather than by a user.
 */
describe('collection schemas', () => {
  for (const [name, definition] of Object.entries(COLLECTIONS)) {
    it(`${name} passes RxDB's schema check`, () => {
      expect(() => checkSchema(definition.schema as RxJsonSchema<Record<string, unknown>>)).not.toThrow();
    });
  }
});
