import { defineSchema, shortText, type BaseDoc } from './base';
import type { CollectionDefinition } from './jsonSchema';

/**
 * Sensitive personal data, one document per person (same id as in
 * `people`). Replicated only to roles entitled to see it; teachers and
 * students never receive other people's identities.
 */
export interface IdentityDoc extends BaseDoc {
  /** 身份证号, normalised (upper-case X), '' when the person has none on file. */
  idNumber: string;
  phone: string;
}

export const identitiesCollection: CollectionDefinition = {
  name: 'identities',
  replicated: true,
  migrations: {},
  schema: defineSchema({
    title: 'identity numbers and phones',
    version: 0,
    properties: { idNumber: shortText(18), phone: shortText(20) },
    required: ['idNumber', 'phone'],
    indexes: ['idNumber'],
  }),
};
