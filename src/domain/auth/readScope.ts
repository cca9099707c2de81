/**
 * Who may read which documents. A read is expressed as a `ReadScope` per
 * collection — org-path prefixes, exact org paths, document ids and
 * subject ids, optionally narrowed to some tags — so storage can turn it
 * into an indexed SQL condition instead of filtering in memory, and the
 * change stream can test single documents with the same rule.
 */
import { ancestorPaths, isWithin } from '../org/path';
import type { CollectionName } from '../schemas';
import { ACCIDENT_PERSONS_KIND, COLLECTION_NAMES } from '../schemas';
import type { Principal } from './principal';
import { isAdminRole, type Role } from './roles';

/** The documents of one collection a principal may read: the union of the terms, narrowed by `tags`. */
export interface ReadScope {
  /** Whole subtrees: documents whose orgPath starts with one of these. */
  prefixes: string[];
  /** Documents whose orgPath is exactly one of these (ancestor units, content published above). */
  exactPaths: string[];
  /** Individual documents by id (one's own person and identity record). */
  ids: string[];
  /** Documents about one of these subjects (a student's own activity records). */
  subjectIds: string[];
  /**
   * When set, only documents whose tag is one of these. Records derived
   * from another collection (conflict and refusal records) carry that
   * collection as their tag and keep its read rule.
   */
  tags?: string[];
  /**
   * Who reads drafts: a document tagged `DRAFT_TAG` is read only when it
   * lies exactly at one of `paths` or was written by one of `authors` (its
   * subject), whatever the terms above say. Undefined: no draft is read.
   */
  drafts?: { paths: string[]; authors: string[] };
}

/**
 * Content drafts (a lesson, notice or checklist being written) stay with
 * their author unit: the administrators and the safety leader of the unit
 * the draft is placed at, and its author (a teacher's draft lies at the
 * class, which its teacher does not belong to). Nobody below or above reads
 * it until it is published; on publishing its tag changes and the server
 * records the move, so devices that held the draft are told when it leaves
 * their sight (departures).
 */
export const DRAFT_TAG = 'draft';

function isDraft(collection: CollectionName, doc: Record<string, unknown>): boolean {
  return collection === 'content' && doc.status === 'draft';
}

function draftReaders(p: Principal): NonNullable<ReadScope['drafts']> {
  if (isAdminRole(p.role) || p.role === 'safety_leader') return { paths: [p.orgPath], authors: [p.id] };
  return { paths: [], authors: p.role === 'teacher' ? [p.id] : [] };
}

/** The field that names a document's subject, per collection (stored as an indexed column). */
export const SUBJECT_FIELDS: Partial<Record<CollectionName, string>> = {
  activities: 'subjectId',
  // The person an account belongs to: accounts follow their person when it moves.
  accounts: 'personId',
  // The person whose value lost or was refused: they see their own records.
  conflicts: 'losingBy',
};

/**
 * The field that tags a document: a derived record with the collection
 * whose read rule it keeps; an identities document with its kind (a
 * person's identity has none, tag '', an accident's named persons
 * `accident_persons`).
 */
export const TAG_FIELDS: Partial<Record<CollectionName, string>> = { conflicts: 'sourceCollection', identities: 'kind' };

/** The tag of a person's identity (ID number, phone, 学籍号). */
export const PERSON_IDENTITY_TAG = '';

/**
 * What the safety leader (分管安全校长) writes; roster data it only reads.
 * Of `identities` only the names of an accident's injured (readScope).
 */
export const SAFETY_COLLECTIONS: readonly CollectionName[] = [
  'content', 'activities', 'inspections', 'hazards', 'accidents', 'identities', 'conflicts', 'audit',
];

/** What teachers write (their class's lessons, notices and assignments, records, inspections and hazards); see writeRules. */
export const TEACHER_COLLECTIONS: readonly CollectionName[] = ['content', 'activities', 'inspections', 'hazards'];

/**
 * What a teacher or a classroom account (班级账号) reads: these collections
 * across its own subtree (school or class), orgs and content also from
 * above; nothing else, but a teacher's own identity record.
 */
const SUBTREE_READS: Partial<Record<Role, readonly CollectionName[]>> = {
  teacher: ['orgs', 'content', 'people', 'activities', 'inspections', 'hazards'],
  classroom: ['orgs', 'content', 'people', 'activities'],
};

const EMPTY: ReadScope = { prefixes: [], exactPaths: [], ids: [], subjectIds: [] };

function scope(partial: Partial<ReadScope>): ReadScope {
  return { ...EMPTY, ...partial };
}

/** Collections read in their own right (every one but the derived records). */
const SOURCE_COLLECTIONS = COLLECTION_NAMES.filter((c) => c !== 'conflicts');

/** The read scope of one collection for a principal. An empty scope means no access. */
export function readScope(p: Principal, collection: CollectionName): ReadScope {
  if (collection === 'conflicts') return derivedRecordScope(p);
  const s = sourceScope(p, collection);
  return collection === 'content' && !isEmptyScope(s) ? { ...s, drafts: draftReaders(p) } : s;
}

function sourceScope(p: Principal, collection: CollectionName): ReadScope {
  const own = p.orgPath;
  const above = ancestorPaths(own);
  // Org units and content are also visible from above: names of the units
  // one belongs to, and lessons, notices and checklists published upwards.
  // Administrators also read the accounts placed exactly at the units above
  // them (those units' administrators): they enter and review records in
  // this subtree (代录), and the people below must see who did, by name and
  // unit, not by account id. Writes to them stay refused (writeAccess).
  const withAncestors = collection === 'orgs' || collection === 'content' ? above : [];
  const adminAncestors = collection === 'accounts' ? above : withAncestors;

  if (isAdminRole(p.role)) return scope({ prefixes: [own], exactPaths: adminAncestors });
  if (p.role === 'safety_leader') {
    // The school's accident register names the children it hurt: the safety
    // leader, who keeps it, reads those names and no one's ID number or phone.
    if (collection === 'identities') return scope({ prefixes: [own], tags: [ACCIDENT_PERSONS_KIND] });
    if (collection === 'accounts' || collection === 'stats') return scope({});
    return scope({ prefixes: [own], exactPaths: withAncestors });
  }
  const ownPerson = p.personId ? [p.personId] : [];
  // A teacher's own identity only, never an accident's names (whatever its id).
  if (p.role === 'teacher' && collection === 'identities') return scope({ ids: ownPerson, tags: [PERSON_IDENTITY_TAG] });
  const subtreeReads = SUBTREE_READS[p.role];
  if (subtreeReads) return subtreeReads.includes(collection) ? scope({ prefixes: [own], exactPaths: withAncestors }) : scope({});
  // student: its class path is its orgPath.
  switch (collection) {
    case 'orgs':
    case 'content':
      return scope({ exactPaths: [...above, own] });
    case 'people':
      return scope({ ids: ownPerson });
    case 'activities':
      return scope({ subjectIds: ownPerson });
    default:
      return scope({});
  }
}

/**
 * Conflict and refusal records hold values of another collection (an
 * identity's ID number, say), so they keep that collection's read rule:
 * administrators and the safety leader read the records of their subtree
 * tagged with a collection they read across their whole subtree; teachers
 * read the records of their own refused writes.
 */
function derivedRecordScope(p: Principal): ReadScope {
  // Whole subtree and every kind: the safety leader, who reads only the accident kind of identities, never sees an ID number lost or refused.
  const readsWholeSubtree = (c: CollectionName) => {
    const s = readScope(p, c);
    return s.prefixes.includes(p.orgPath) && s.tags === undefined;
  };
  if (isAdminRole(p.role) || p.role === 'safety_leader') {
    return scope({ prefixes: [p.orgPath], tags: SOURCE_COLLECTIONS.filter(readsWholeSubtree) });
  }
  if (p.role === 'teacher') return scope({ subjectIds: [p.id], tags: TEACHER_COLLECTIONS.filter(readsWholeSubtree) });
  return scope({});
}

/**
 * Fields a principal receives blanked: a classroom computer shows its class's
 * names and keeps nothing else of the students, not even masked ID numbers
 * and phones (it never writes people, so nothing is lost).
 */
export function hiddenFields(p: Pick<Principal, 'role'>, collection: CollectionName): readonly string[] {
  return p.role === 'classroom' && collection === 'people' ? ['idMasked', 'phoneMasked'] : [];
}

export function isEmptyScope(s: ReadScope): boolean {
  const noTerms = !s.prefixes.length && !s.exactPaths.length && !s.ids.length && !s.subjectIds.length;
  return noTerms || (s.tags !== undefined && !s.tags.length);
}

/** The collections a principal replicates (those with a non-empty read scope). */
export function readableCollections(p: Principal): CollectionName[] {
  return COLLECTION_NAMES.filter((c) => !isEmptyScope(readScope(p, c)));
}

function stringField(doc: Record<string, unknown>, field: string | undefined): string {
  const value = field ? doc[field] : undefined;
  return typeof value === 'string' ? value : '';
}

/** The subject of a document for `ReadScope.subjectIds` (a draft's: its author), '' when the collection has none. */
export function subjectOf(collection: CollectionName, doc: Record<string, unknown>): string {
  return stringField(doc, isDraft(collection, doc) ? 'createdBy' : SUBJECT_FIELDS[collection]);
}

/** The tag of a document for `ReadScope.tags` (`DRAFT_TAG` for a content draft), '' when the collection has none. */
export function tagOf(collection: CollectionName, doc: Record<string, unknown>): string {
  return isDraft(collection, doc) ? DRAFT_TAG : stringField(doc, TAG_FIELDS[collection]);
}

/** Where a document lies, as far as read rules care. */
export interface DocPlace {
  id: string;
  orgPath: string;
  subjectId: string;
  tag: string;
}

export function placeOf(collection: CollectionName, doc: { id: string; orgPath: string } & Record<string, unknown>): DocPlace {
  return { id: doc.id, orgPath: doc.orgPath, subjectId: subjectOf(collection, doc), tag: tagOf(collection, doc) };
}

/** True when a document at `place` lies in `s` (the in-memory twin of the SQL condition). */
export function scopeContains(s: ReadScope, place: DocPlace): boolean {
  if (s.tags && !s.tags.includes(place.tag)) return false;
  if (place.tag === DRAFT_TAG && !(s.drafts?.paths.includes(place.orgPath) || s.drafts?.authors.includes(place.subjectId))) return false;
  if (s.prefixes.some((prefix) => isWithin(place.orgPath, prefix))) return true;
  if (s.exactPaths.includes(place.orgPath)) return true;
  if (s.ids.includes(place.id)) return true;
  return place.subjectId !== '' && s.subjectIds.includes(place.subjectId);
}

export function canRead(p: Principal, collection: CollectionName, doc: { id: string; orgPath: string } & Record<string, unknown>): boolean {
  return scopeContains(readScope(p, collection), placeOf(collection, doc));
}
