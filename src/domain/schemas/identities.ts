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
  /**
   * 学籍号, optional. Sensitive too: the national student number is "G"
   * followed by the ID number, so it may not travel with `people`.
   */
  studentNo: string;
}

export const identitiesCollection: CollectionDefinition = {
  name: 'identities',
  replicated: true,
  migrations: {},
  schema: defineSchema({
    title: 'identity numbers and phones',
    version: 0,
    properties: { idNumber: shortText(18), phone: shortText(20), studentNo: shortText(30) },
    required: ['idNumber', 'phone', 'studentNo'],
    indexes: ['idNumber'],
  }),
};
