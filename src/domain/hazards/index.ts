/**
 * Hazard investigation (隐患排查), rectification to closure (整改销号) and the
 * accident register: plain rules shared by the app and the sync server.
 */

// Vocabulary and photos.
export {
  HAZARD_CATEGORIES, HAZARD_CATEGORY_LABELS, HAZARD_LEVELS, HAZARD_LEVEL_LABELS, isHazardCategory, isHazardLevel,
  type HazardCategory, type HazardLevel,
} from './vocabulary';
export {
  PHOTO_MIMES, PHOTO_MAX_BYTES, PHOTO_MAX_EDGE, PHOTOS_PER_ENTRY, PHOTO_COLLECTIONS, isValidPhotoRef, mayReferToPhotos, photoHashesOf, sniffPhotoMime,
  type PhotoRef, type PhotoMime,
} from './photos';
export { formatIssues, type ParseIssue, type ParseResult } from './strictReader';
export type { Refusal } from './refusal';

// Checklist templates.
export {
  CHECKLIST_LIMITS, LOCAL_ITEM_PREFIX,
  type ChecklistBody, type ChecklistExtension, type ChecklistItem, type ChecklistSection, type ChecklistTemplate,
  type LocalChecklistItem,
} from './checklists/types';
export { BUILT_IN_CHECKLISTS } from './checklists/builtIn';
export { parseChecklistBody } from './checklists/parseChecklistBody';
export { effectiveItems, LOCAL_SECTION, type EffectiveItem } from './checklists/effectiveItems';
export {
  checklistContentId, legacyChecklistContentId, templateContentFields, latestVersions, checkChecklistContent, TEMPLATE_PUBLISHERS,
  EXTENSION_AUTHORS, type ChecklistContentLike, type ChecklistDecision,
} from './checklists/checklistContent';
export { draftNextVersion, newItemId } from './checklists/nextVersion';

// Inspections.
export {
  INSPECTION_RESULTS, INSPECTION_STATUSES, INSPECTION_LIMITS, NO_LOCATION,
  type InspectionAnswer, type InspectionLocation, type InspectionRecord, type InspectionResult, type InspectionStatus,
} from './inspections/types';
export { inspectionProgress, canComplete, completionProblem, type InspectionProgress } from './inspections/progress';
export { startInspection, setAnswer, completeInspection, type InspectionUpdate } from './inspections/answering';
export { hazardDraftsFromInspection, hazardDescription, type DraftDefaults } from './inspections/hazardDrafts';
export { checkInspectionChange } from './inspections/inspectionChange';

// Hazards: lifecycle, server check, deadlines, counts.
export {
  HAZARD_STATUSES, HAZARD_STATUS_LABELS, HAZARD_ACTIONS, HAZARD_ACTION_LABELS, HAZARD_LIMITS,
  type HazardStatus, type HazardActionKind, type HazardStep, type HazardFacts, type HazardDraft, type HazardState,
  type HazardActor,
} from './hazardTypes';
export {
  applyHazardAction, registerHazard, canVerify, rectifierIds, HAZARD_WORKERS, HAZARD_VERIFIERS, HAZARD_SUPERVISORS,
  type HazardAction, type HazardUpdate,
} from './lifecycle';
export { checkHazardTransition } from './hazardTransition';
export { DEADLINE_DAYS, defaultDeadline, endOfChinaDay } from './deadlines';
export {
  isOverdue, wasClosedLate, isSupervisedOpen, countHazards, rectificationRate, type HazardCounts, type RectificationRate,
} from './hazardStats';
export { HAZARD_LESSON_TOPICS, type LessonTopicCode } from './lessonTopics';

// Accidents.
export {
  ACCIDENT_CATEGORIES, ACCIDENT_CATEGORY_LABELS, ACCIDENT_PLACES, ACCIDENT_PLACE_LABELS, ACCIDENT_PERSON_KINDS,
  ACCIDENT_OUTCOMES, ACCIDENT_LIMITS,
  type AccidentCategory, type AccidentPlace, type AccidentCasualties, type AccidentRecord, type AccidentPerson,
  type AccidentPersons,
} from './accidents/accidentTypes';
export { parseAccidentRecord, parseAccidentPersons } from './accidents/parseAccident';
export { countAccidents, type AccidentCounts } from './accidents/accidentStats';
export { REGISTER_COLUMNS, registerRows, chinaDate } from './register';
export {
  namedCasualties, uncountedPersons, casualtiesCovering, checkAccidentPersons,
  type AccidentPersonsLike, type AccidentLike, type RosterPersonLike,
} from './accidents/accidentPersons';
export { checkResponsiblePerson, type ResponsiblePersonLike } from './responsible';
