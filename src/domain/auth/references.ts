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

/** Every stored document the write rules may read to check `doc`. */
export function referencesOf(collection: CollectionName, doc: DocLike): DocRef[] {
  const refs: DocRef[] = [];
  const add = (c: CollectionName, id: unknown) => {
    if (str(id)) refs.push({ collection: c, id: str(id) });
  };
  add('orgs', lastId(doc.orgPath));
  switch (collection) {
    case 'orgs':
      add('orgs', doc.parentId);
      break;
    case 'people':
      add('orgs', doc.schoolId);
      add('orgs', doc.classId);
      break;
    case 'identities':
      add('people', doc.id);
      break;
    case 'accounts':
      add('orgs', doc.orgId);
      add('people', doc.personId);
      break;
    case 'activities': {
      add('people', doc.subjectId);
      add('orgs', doc.subjectId);
      add('content', doc.refId);
      const data = doc.data as { presentStudentIds?: unknown } | undefined;
      if (Array.isArray(data?.presentStudentIds)) for (const id of data.presentStudentIds) add('people', id);
      break;
    }
    case 'content': {
      const body = doc.body as { lessonId?: unknown; steps?: unknown } | undefined;
      add('content', body?.lessonId);
      if (Array.isArray(body?.steps)) for (const step of body.steps as { lessonId?: unknown }[]) add('content', step?.lessonId);
      break;
    }
    case 'inspections':
      add('orgs', doc.schoolId);
      break;
    case 'hazards':
      add('orgs', doc.schoolId);
      add('inspections', doc.inspectionId);
      break;
    default:
      break;
  }
  return refs;
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
