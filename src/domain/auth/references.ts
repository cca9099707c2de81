/**
 * The stored documents a write check reads besides the one being written:
 * the unit a document's path names, a person's school and class, an
 * account's unit and person, an activity's subject. The server fetches
 * them in bulk before checking a batch (`referencesOf`) and hands them to
 * the rules through a `DocLookup`.
 */
import { lastId } from '../org/path';
import type { CollectionName } from '../schemas';
import type { DocLike } from './writeDecision';

export interface DocRef {
  collection: CollectionName;
  id: string;
}

/** Stored documents by collection and id; undefined when there is none. */
export interface DocLookup {
  get(collection: CollectionName, id: string): DocLike | undefined;
}

const str = (value: unknown): string => (typeof value === 'string' ? value : '');

/**
 * Per collection, the fields naming another stored document and the
 * collection it is in, in the order they are read. An activity's subject
 * is a person or a unit (a class's own record), so both are looked up.
 */
const REFERENCE_FIELDS: Partial<Record<CollectionName, readonly (readonly [string, CollectionName])[]>> = {
  orgs: [['parentId', 'orgs']],
  people: [
    ['schoolId', 'orgs'],
    ['classId', 'orgs'],
  ],
  // A person's identity names its person; an accident's named persons, its accident.
  identities: [
    ['id', 'people'],
    ['id', 'accidents'],
  ],
  accounts: [
    ['orgId', 'orgs'],
    ['personId', 'people'],
  ],
  activities: [
    ['subjectId', 'people'],
    ['subjectId', 'orgs'],
    ['refId', 'content'],
  ],
  inspections: [['schoolId', 'orgs']],
  hazards: [
    ['schoolId', 'orgs'],
    ['inspectionId', 'inspections'],
    ['responsibleId', 'people'],
  ],
};

/**
 * References inside a document's free-form part: the students ticked present
 * at a session, the lessons an assignment or a special activity names.
 */
function nestedReferences(collection: CollectionName, doc: DocLike): (readonly [unknown, CollectionName])[] {
  const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
  if (collection === 'activities') {
    const data = doc.data as { presentStudentIds?: unknown } | undefined;
    return list(data?.presentStudentIds).map((id) => [id, 'people'] as const);
  }
  if (collection === 'identities') {
    return list(doc.persons).map((p) => [(p as { personId?: unknown } | null)?.personId, 'people'] as const);
  }
  if (collection === 'content') {
    const body = doc.body as { lessonId?: unknown; steps?: unknown } | undefined;
    const steps = list(body?.steps).map((step) => (step as { lessonId?: unknown } | null)?.lessonId);
    return [body?.lessonId, ...steps].map((id) => [id, 'content'] as const);
  }
  return [];
}

/** Every stored document the write rules may read to check `doc`: the unit its path names, then its own references. */
export function referencesOf(collection: CollectionName, doc: DocLike): DocRef[] {
  const named: (readonly [unknown, CollectionName])[] = [
    [lastId(doc.orgPath), 'orgs'],
    ...(REFERENCE_FIELDS[collection] ?? []).map(([field, c]) => [doc[field], c] as const),
  ];
  return [...named, ...nestedReferences(collection, doc)].flatMap(([id, c]) => (str(id) ? [{ collection: c, id: str(id) }] : []));
}

/** Stored documents the rules read about the writer: their own person (a teacher's class). */
export function principalReferences(p: { personId: string }): DocRef[] {
  return p.personId ? [{ collection: 'people', id: p.personId }] : [];
}

/** A live (not deleted) stored document, or undefined. */
export function live(lookup: DocLookup, collection: CollectionName, id: unknown): DocLike | undefined {
  const doc = str(id) ? lookup.get(collection, str(id)) : undefined;
  return doc && !doc._deleted && !(Number(doc.deletedAt) > 0) ? doc : undefined;
}
