/**
 * Who may read and write which documents: the public face of the access
 * rules. Pure (no Node, no RxDB): the sync server enforces them on every
 * pull, push and stream message, and the client uses the same functions to
 * decide what to replicate and what to offer in the UI.
 *
 * - principal.ts   the signed-in user as the rules see it, role ranks
 * - readScope.ts   read scopes per collection (SQL-friendly) and canRead
 * - writeAccess.ts the first write gate: role, collection, places only
 * - writeContent.ts the second: authorship, placement, references, per-collection rules
 * - references.ts  which stored documents the second gate reads
 */
export {
  isRootPrincipal, isSchoolPartner, managesRole, rankOf, scopeFingerprint, ROLE_RANK, ROLE_UNIT_KIND, type Principal,
} from './principal';
export {
  canRead, hiddenFields, isEmptyScope, placeOf, readableCollections, readScope, scopeContains, subjectOf, tagOf,
  SAFETY_COLLECTIONS, SUBJECT_FIELDS, TAG_FIELDS, TEACHER_COLLECTIONS, type DocPlace, type ReadScope,
} from './readScope';
export {
  canWriteCollection, checkWriteAccess, isValidOrgPath, CLASSROOM_ACTIVITY_KINDS, FORBIDDEN_COLLECTION,
  STUDENT_ACTIVITY_KINDS,
} from './writeAccess';
export { checkWriteContent, type CollectionRule, type WriteRule } from './writeContent';
export { live, principalReferences, referencesOf, type DocLookup, type DocRef } from './references';
export { OK, refuse, type DocLike, type WriteDecision } from './writeDecision';

import { checkWriteAccess } from './writeAccess';
import { checkWriteContent, type WriteRule } from './writeContent';

/**
 * Both write gates at once, as the UI asks "would the server take this?".
 * The server runs them apart, with its replay and conflict checks between.
 */
export const checkWrite: WriteRule = (p, collection, next, previous, lookup) => {
  const access = checkWriteAccess(p, collection, next, previous);
  return access.ok ? checkWriteContent(p, collection, next, previous, lookup) : access;
};
