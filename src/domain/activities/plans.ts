import * as v from 'valibot';
import { GRADE_BANDS, bandsInclude, type GradeBand } from '../lessons/gradeBands';
import { hasUniqueValues, rule, runSchema, text, type ParseResult, type ValidationError } from '../lessons/validation';
import { isWithin } from '../org/path';
import type { GradeCode } from '../roster/grades';
import { ID_MAX } from '../schemas/base';
import type { ContentDoc } from '../schemas/content';
import type { ActivityWindow } from './window';

/**
 * What students are asked to do, and by when:
 * - an assignment: a teacher assigns one lesson to their class (stored as a
 *   content document placed at the class, body `AssignmentBody`);
 * - a special activity (专项活动): a campaign published from above (e.g.
 *   summer drowning prevention, 119 fire-safety day) with ordered steps, for
 *   every class in the publisher's subtree whose grade suits `bands`;
 * - a notice (安全提醒) asks each family for an acknowledgement.
 * All three reduce to a `CompletionTask` that `completion.ts` evaluates.
 */
export type ActivityStep =
  | { kind: 'lesson'; lessonId: string } // 观看课程
  | { kind: 'test'; lessonId: string } // 技能测试
  | { kind: 'acknowledgement' }; // 家长回执 for the activity itself

export interface SpecialActivityBody {
  description: string;
  /** Grade bands expected to take part; empty for every grade. */
  bands: GradeBand[];
  /** In the order students are led through them. */
  steps: ActivityStep[];
}

export interface AssignmentBody {
  lessonId: string;
  /** A word from the teacher shown with the assignment. */
  note?: string;
}

export interface CompletionTask {
  /** The content document's id: acknowledgements refer to it. */
  id: string;
  window: ActivityWindow;
  steps: ActivityStep[];
}

/** 安全提醒: what the family is asked to read and acknowledge. */
export interface NoticeBody {
  message: string;
}

export const PLAN_LIMITS = { description: 1000, note: 200, steps: 6, message: 1000 } as const;

const PLAN_RULES: Record<string, string> = {
  duplicate_band: '年级段重复',
  duplicate_step: '步骤重复',
  deadline_required: '专项活动必须有截止时间',
  deadline_before_start: '截止时间必须晚于开始时间',
};

const lessonId = () => v.pipe(v.string(), v.minLength(1), v.maxLength(ID_MAX));
const stepKey = (step: ActivityStep) => (step.kind === 'acknowledgement' ? step.kind : `${step.kind}:${step.lessonId}`);

const specialActivitySchema = v.strictObject({
  description: text(PLAN_LIMITS.description),
  bands: v.pipe(v.array(v.picklist(GRADE_BANDS)), v.maxLength(GRADE_BANDS.length), rule((bands) => hasUniqueValues(bands), 'duplicate_band')),
  steps: v.pipe(
    v.array(
      v.variant('kind', [
        v.strictObject({ kind: v.literal('lesson'), lessonId: lessonId() }),
        v.strictObject({ kind: v.literal('test'), lessonId: lessonId() }),
        v.strictObject({ kind: v.literal('acknowledgement') }),
      ]),
    ),
    v.minLength(1),
    v.maxLength(PLAN_LIMITS.steps),
    rule((steps) => hasUniqueValues(steps.map(stepKey)), 'duplicate_step'),
  ),
}) satisfies v.GenericSchema<unknown, SpecialActivityBody>;

const assignmentSchema = v.strictObject({
  lessonId: lessonId(),
  note: v.optional(text(PLAN_LIMITS.note)),
}) satisfies v.GenericSchema<unknown, AssignmentBody>;

const noticeSchema = v.strictObject({ message: text(PLAN_LIMITS.message) }) satisfies v.GenericSchema<unknown, NoticeBody>;

export function parseNoticeBody(body: unknown): ParseResult<'notice', NoticeBody> {
  return runSchema(noticeSchema, body, 'notice', PLAN_RULES);
}

export function parseSpecialActivityBody(body: unknown): ParseResult<'activity', SpecialActivityBody> {
  return runSchema(specialActivitySchema, body, 'activity', PLAN_RULES);
}

export function parseAssignmentBody(body: unknown): ParseResult<'assignment', AssignmentBody> {
  return runSchema(assignmentSchema, body, 'assignment', PLAN_RULES);
}

/**
 * Problems with a content document's window (`startsAt`, `endsAt`): a special
 * activity is time-boxed and must have a deadline; an assignment or notice
 * may be open-ended (`endsAt` 0).
 */
export function checkWindow(window: ActivityWindow, deadlineRequired: boolean): ValidationError[] {
  const error = (code: string): ValidationError[] => [{ path: 'endsAt', code, message: PLAN_RULES[code] ?? code }];
  if (window.endsAt === 0) return deadlineRequired ? error('deadline_required') : [];
  return window.endsAt > window.startsAt ? [] : error('deadline_before_start');
}

type PlanDoc = Pick<ContentDoc, 'id' | 'startsAt' | 'endsAt'>;

const windowOf = (doc: PlanDoc): ActivityWindow => ({ startsAt: doc.startsAt, endsAt: doc.endsAt });

export function specialActivityTask(doc: PlanDoc, body: SpecialActivityBody): CompletionTask {
  return { id: doc.id, window: windowOf(doc), steps: body.steps };
}

/** An assigned lesson is done when the lesson is (a test is part of finishing it on one's own). */
export function assignmentTask(doc: PlanDoc, body: AssignmentBody): CompletionTask {
  return { id: doc.id, window: windowOf(doc), steps: [{ kind: 'lesson', lessonId: body.lessonId }] };
}

/** A notice is done for a student when their family has acknowledged it. */
export function noticeTask(doc: PlanDoc): CompletionTask {
  return { id: doc.id, window: windowOf(doc), steps: [{ kind: 'acknowledgement' }] };
}

/** Whether a class is expected to take part in a special activity published at `activityPath`. */
export function specialActivityIncludesClass(
  activityPath: string,
  body: Pick<SpecialActivityBody, 'bands'>,
  classUnit: { orgPath: string; grade: GradeCode },
): boolean {
  return isWithin(classUnit.orgPath, activityPath) && bandsInclude(body.bands, classUnit.grade);
}
