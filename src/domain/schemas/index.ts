import { accidentsCollection } from './accidents';
import { accountsCollection } from './accounts';
import { activitiesCollection } from './activities';
import { auditCollection } from './audit';
import { conflictsCollection } from './conflicts';
import { contentCollection } from './content';
import { hazardsCollection } from './hazards';
import { identitiesCollection } from './identities';
import { inspectionsCollection } from './inspections';
import type { CollectionDefinition } from './jsonSchema';
import { orgsCollection } from './orgs';
import { peopleCollection } from './people';
import { statsCollection } from './stats';

/**
 * Every collection of the product. RxDB's free edition allows 13 open
 * collections per tab; we stay at 12 or fewer so a hot reload or a second
 * database never hits the limit. `kind` fields let one collection hold
 * related record types instead of adding collections.
 */
export const COLLECTIONS = {
  orgs: orgsCollection,
  people: peopleCollection,
  identities: identitiesCollection,
  accounts: accountsCollection,
  content: contentCollection,
  activities: activitiesCollection,
  inspections: inspectionsCollection,
  hazards: hazardsCollection,
  accidents: accidentsCollection,
  conflicts: conflictsCollection,
  audit: auditCollection,
  stats: statsCollection,
} as const satisfies Record<string, CollectionDefinition>;

export type CollectionName = keyof typeof COLLECTIONS;
export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];
export const MAX_COLLECTIONS = 12;

export type { AccidentDoc } from './accidents';
export type { AccountDoc } from './accounts';
export type { ActivityDoc, ActivityKind } from './activities';
export type { AuditDoc, AuditKind } from './audit';
export type { BaseDoc } from './base';
export type { ConflictDoc, ConflictKind } from './conflicts';
export { CONFLICT_KINDS } from './conflicts';
export type { ContentDoc, ContentKind } from './content';
export type { HazardDoc } from './hazards';
export { ACCIDENT_PERSONS_KIND, type AccidentPersonDoc, type IdentityDoc } from './identities';
export type { InspectionDoc } from './inspections';
export type { CollectionDefinition, CollectionSchema, JsonSchemaProperty } from './jsonSchema';
export type { ClassInfo, OrgDoc, SchoolInfo } from './orgs';
export type { Gender, PersonDoc, PersonKind, ReviewState } from './people';
export { GENDERS, PERSON_KINDS } from './people';
export { statsDocId, type SchoolPointsDoc, type StatsDoc } from './stats';
