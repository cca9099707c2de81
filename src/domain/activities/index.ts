/**
 * Assignments, special activities (专项活动), notices (安全提醒), activity
 * records and the rules over them: what the app and the sync server may
 * use. Import from here (`@/domain/activities`). Like `@/domain/lessons`,
 * not re-exported by `src/domain/index.ts` (validation uses valibot).
 */

// Windows and deadlines.
export { hasDeadline, isInWindow, rosterInstant, windowPhase, type ActivityWindow, type WindowPhase } from './window';

// What students are asked to do.
export {
  PLAN_LIMITS, parseSpecialActivityBody, parseAssignmentBody, parseNoticeBody, checkWindow, specialActivityTask, assignmentTask,
  noticeTask, specialActivityIncludesClass,
  type ActivityStep, type AssignmentBody, type NoticeBody, type CompletionTask, type SpecialActivityBody,
} from './plans';

// What happened: typed `activities.data` per kind.
export {
  ACTIVITY_LIMITS, parseActivityData, attemptData, sessionMinutes, toActivityRecord,
  type AcknowledgementData, type ActivityDataByKind, type ActivityRecord, type AttemptData, type ClassHeadcount,
  type CompletionData, type DrillData, type LessonSessionData, type StudentPinData,
} from './records';
export { APPEND_ONLY_KINDS, isAppendOnlyKind, mergeAppendOnly, type AppendOnlyConflict, type AppendOnlyMerge } from './appendOnly';

// Rules.
export {
  classCompletion, completionCount, stepCompletion, studentsToComplete, sumCompletion,
  type ClassCompletion, type CompletionCount, type RosterPerson, type StudentProgress,
} from './completion';
export { DRILL_TYPES, DRILL_TYPE_LABELS, type DrillType } from './drillTypes';
export { monthlyDrillStatus, type DrillMonthStatus, type MonthlyDrillResult } from './drills';
export { isMonthKey, monthKeyOf, monthRange, type MonthKey } from './shanghaiTime';
export { mostMissed, studentResults, type MissedQuestion, type StudentResult } from './results';
