/**
 * An overview of `src/domain`, plain TypeScript shared by the browser app
 * and the sync server: its light modules re-exported in one place. Code
 * may import from here or from a module's own path (most of the app and
 * the server do the latter); both name the same functions.
 *
 * Deliberately not re-exported, because they pull in pinyin-pro (~300 KB)
 * and the first screen on a classroom PC must stay light: import these
 * modules by path, lazily in the app (`await import(...)`):
 *   - `@/domain/roster/pinyin`      nameSearchKey, nameSyllables
 *   - `@/domain/accounts/username`  baseUsername, assignUsername
 *   - `@/domain/demo/demoDataset`   generateDemoDataset
 *   - `@/domain/demo/rosterBuilder` addRegion, addSchool (the demo's and the bench's rosters)
 */

// Data model: collections, schemas and document types.
export { COLLECTIONS, COLLECTION_NAMES, MAX_COLLECTIONS, GENDERS, PERSON_KINDS } from './schemas';
export type {
  AccountDoc, ActivityDoc, AuditDoc, BaseDoc, ClassInfo, CollectionDefinition, CollectionName, CollectionSchema,
  ConflictDoc, ContentDoc, Gender, HazardDoc, IdentityDoc, InspectionDoc, OrgDoc, PersonDoc, PersonKind,
  ReviewState, SchoolInfo,
} from './schemas';

// Organisation tree.
export { ADMIN_LEVELS, ORG_KINDS, CHILD_KINDS, canContain, levelRank, type AdminLevel, type OrgKind } from './org/levels';
export { ROOT_PATH, childPath, isWithin, pathIds, ancestorPaths, parentPathOf, lastId } from './org/path';
export {
  SCHOOL_TYPES, SCHOOL_NATURES, SCHOOL_STAGES, URBAN_RURAL_CODES, SCHOOL_TYPE_LABELS, SCHOOL_NATURE_LABELS,
  SCHOOL_STAGE_LABELS, URBAN_RURAL_LABELS, isValidSchoolCode,
  type SchoolType, type SchoolNature, type SchoolStage, type UrbanRuralCode,
} from './org/schoolCodes';
export { emptySchoolInfo } from './org/schoolInfo';

// Accounts and roles.
export { ROLES, ADMIN_ROLES, isAdminRole, type Role, type AdminRole } from './auth/roles';
// By module, not through auth/permissions: the write content rules (checkWriteContent, in
// permissions) validate lessons and activity records with valibot, which stays out of this graph.
export {
  readScope, isEmptyScope, readableCollections, scopeContains, canRead, subjectOf, tagOf, placeOf,
  SAFETY_COLLECTIONS, SUBJECT_FIELDS, TAG_FIELDS, type ReadScope, type DocPlace,
} from './auth/readScope';
export { canWriteCollection, checkWriteAccess, isValidOrgPath } from './auth/writeAccess';
export { referencesOf, type DocLookup } from './auth/references';
export { scopeFingerprint, isRootPrincipal, ROLE_UNIT_KIND, ROLE_RANK, type Principal } from './auth/principal';
export type { DocLike, WriteDecision } from './auth/writeDecision';
export { generateInitialPassword, isWeakPassword, PASSWORD_ALPHABET, MIN_PASSWORD_LENGTH } from './accounts/password';

// Rosters: normalising and validating what people type or import.
export { foldFullWidth, normalizeCell, normalizeCompact } from './roster/normalizeText';
export { GRADE_CODES, GRADE_LABELS, gradeOrder, type GradeCode } from './roster/grades';
export { parseGrade, gradeLabel } from './roster/gradeNames';
export {
  normalizeClassName, canonicalClassName, isCanonicalClassName, classNameOrder, compareClassNames, classSortKey,
  findClassMismatch, type ClassNameResult,
} from './roster/className';
export {
  validateIdNumber, normalizeIdNumber, genderFromIdNumber, checkCharacter,
  type IdNumberResult, type IdNumberError,
} from './roster/idNumber';
export { validatePhone, normalizePhone, type PhoneResult, type PhoneError } from './roster/phone';
export { maskIdNumber, maskPhone } from './roster/mask';
export { validatePersonName, normalizePersonName, NAME_MIN, NAME_MAX, type PersonNameResult } from './roster/personName';
export { compareNames } from './roster/nameOrder';
export {
  validatePersonInput, personInputOf, isValidStudentNo,
  type PersonInput, type NormalizedPerson, type FieldError, type PersonInputResult,
} from './roster/personInput';
export {
  REVIEW_STATUSES, REVIEW_ACTIONS, applyReview, canApplyReview, canReachReview, isOwnEntryReview, isReviewerStatus,
  type ReviewStatus, type ReviewAction, type ReviewResult, type ReviewSubject,
} from './roster/review';
export {
  REVIEWED_FIELDS, changedReviewedFields, reviewedFactsOfDoc, reviewAfterEdit, reviewAfterMerge,
  type ReviewedField, type ReviewedFacts,
} from './roster/reviewedFields';

// Checks the sync server runs on every pushed document.
export type { DocCheck } from './rules/docCheck';
export { checkPersonDoc, type PersonWire } from './roster/checkPersonDoc';
export { checkIdentityAgainstPerson, type IdentityWire } from './roster/checkIdentity';

// Replication.
export { mergeThreeWay, RXDB_META_FIELDS, type MergeOptions, type MergeConflict, type MergeResult } from './sync/merge';
export { jsonEqual, canonicalJson } from './sync/jsonValue';

// Small helpers.
export { pick } from './pick';
