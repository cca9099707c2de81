import { defineSchema, enumField, shortText, type BaseDoc } from './base';
import type { CollectionDefinition } from './jsonSchema';

/** One named person hurt in an accident (src/domain/hazards/accidents). */
export interface AccidentPersonDoc {
  /** The person's roster record, '' for someone not on the roster. */
  personId: string;
  name: string;
  kind: 'student' | 'staff';
  outcome: 'injured' | 'dead';
  injury: string;
}

/** The `kind` of an identities document holding an accident's named persons. */
export const ACCIDENT_PERSONS_KIND = 'accident_persons';

/**
 * Sensitive personal data. Replicated only to roles entitled to see it;
 * teachers and students never receive other people's identities.
 *
 * Two kinds of document live here, told apart by `kind` (the server's tag,
 * so read scopes can narrow to one kind):
 * - a person's identity (no `kind`): same id as in `people`;
 * - an accident's injured persons (`kind: 'accident_persons'`, v1): same id
 *   as the accident (`accidents` holds numbers only), the names of the
 *   children and staff it hurt. The school's safety leader reads and
 *   writes this kind only (docs/hazards.md).
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
  kind?: typeof ACCIDENT_PERSONS_KIND;
  persons?: readonly AccidentPersonDoc[];
}

export const identitiesCollection: CollectionDefinition = {
  name: 'identities',
  replicated: true,
  // v0 → v1 only adds the optional accident fields: a person's identity is unchanged.
  migrations: { 1: (doc) => doc },
  schema: defineSchema({
    title: 'identity numbers and phones',
    version: 1,
    properties: {
      idNumber: shortText(18),
      phone: shortText(20),
      studentNo: shortText(30),
      kind: enumField([ACCIDENT_PERSONS_KIND]),
      persons: {
        type: 'array',
        maxItems: 200,
        items: {
          type: 'object',
          properties: {
            personId: shortText(64),
            name: shortText(50),
            kind: enumField(['student', 'staff']),
            outcome: enumField(['injured', 'dead']),
            injury: shortText(200),
          },
          required: ['personId', 'name', 'kind', 'outcome', 'injury'],
          additionalProperties: false,
        },
      },
    },
    required: ['idNumber', 'phone', 'studentNo'],
    indexes: ['idNumber'],
  }),
};
