import * as v from 'valibot';
import { answerSchema, LESSON_LIMITS } from '../lessons/lessonSchema';
import { isValidPhotoRef, PHOTO_MIMES, PHOTOS_PER_ENTRY, type PhotoRef } from '../hazards/photos';
import type { AnswerSheet } from '../lessons/model';
import type { AttemptScore } from '../lessons/scoring';
import { hasUniqueValues, integer, localId, rule, runSchema, text, type ParseResult } from '../lessons/validation';
import { ID_MAX } from '../schemas/base';
import type { ActivityDoc, ActivityKind } from '../schemas/activities';
import { DRILL_TYPES, type DrillType } from './drillTypes';

/**
 * The typed `data` of each activity record kind, and what `refId` and
 * `subjectId` hold for it:
 *
 * | kind            | refId                                   | subjectId | happenedAt                |
 * |-----------------|-----------------------------------------|-----------|---------------------------|
 * | lesson_session  | lesson id                               | class id  | when the session began    |
 * | completion      | lesson id                               | student   | when the lesson was ended |
 * | attempt         | lesson id                               | student   | when the test was handed in |
 * | acknowledgement | notice or special activity id           | student   | when the family signed    |
 * | drill           | special activity id, or '' if none      | school id | when the drill began      |
 * | student_pin     | ''                                      | student   | when the teacher set it   |
 *
 * Who wrote a record is the document's `createdBy`, not repeated here.
 */
export interface LessonSessionData {
  /** Students the teacher ticked as present (whole-class session). */
  presentStudentIds: string[];
  /** The teacher went through the skill test with the class. */
  testRun: boolean;
  /**
   * Whole minutes from opening classroom mode to saving presence, as the
   * teaching device measured them (the points rule "a classroom lesson of at
   * least 15 minutes" reads it). Records from before it was measured lack it.
   */
  minutes?: number;
}

/** The student finished the lesson: on their own, or recorded by the teacher. */
export interface CompletionData {
  via: 'self' | 'teacher';
}

export interface AttemptData {
  answers: AnswerSheet;
  correct: number;
  total: number;
  passed: boolean;
  /** Questions answered wrongly or not at all, for "most often missed". */
  missed: string[];
  /** The lesson's edition the test was taken on (absent: edition 1, or taken before editions were kept). */
  edition?: number;
}

/** 家长回执: through the student's account, or copied by the teacher from a paper slip. */
export interface AcknowledgementData {
  via: 'student_account' | 'paper_slip';
  /** Who signed, as written on the slip (e.g. 张明妈妈); optional. */
  guardian?: string;
}

/**
 * 应急演练 record. Photos are files on the server keyed by their SHA-256,
 * the same references and upload pipeline as hazard photos (the server lets
 * whoever may read the drill read them).
 */
export interface DrillData {
  planName: string;
  drillType: DrillType;
  place: string;
  commander: string; // 总指挥
  participants: number;
  /** Time from the alarm to the last class reporting at the assembly point. */
  evacuationSeconds?: number;
  classHeadcounts: ClassHeadcount[];
  problems: string;
  improvements: string;
  photos: PhotoRef[];
}

/**
 * A student's 4-digit sign-in PIN for the classroom computer, as a salted
 * PBKDF2 hash (see pins.ts). Four digits are guessable from the hash by
 * anyone holding it; the hash only keeps the PIN off screens and exports,
 * and wrong PINs are throttled on the device.
 */
export interface StudentPinData {
  salt: string;
  hash: string;
  /** A lower-primary student's picture password, hashed the same way (picturePasswords.ts). */
  pictures?: { salt: string; hash: string };
}

export interface ClassHeadcount {
  classId: string;
  expected: number;
  present: number;
}

export interface ActivityDataByKind {
  lesson_session: LessonSessionData;
  completion: CompletionData;
  attempt: AttemptData;
  acknowledgement: AcknowledgementData;
  drill: DrillData;
  student_pin: StudentPinData;
}

export const ACTIVITY_LIMITS = {
  studentsPerClass: 200,
  classesPerSchool: 500,
  participants: 50_000,
  evacuationSeconds: 3600,
  /** A whole school day; a longer session is a forgotten open screen. */
  sessionMinutes: 600,
  drillText: 100,
  drillNotes: 1000,
  guardian: 20,
  photos: PHOTOS_PER_ENTRY,
} as const;

const A = ACTIVITY_LIMITS;

const RULES: Record<string, string> = {
  duplicate_student: '学生重复',
  duplicate_class: '班级重复',
  duplicate_question_id: '题目编号重复',
  score_inconsistent: '得分与错题数不一致',
  present_exceeds_expected: '实到人数不能多于应到人数',
  too_many_answers: `最多 ${LESSON_LIMITS.questions} 个答案`,
  photo_invalid: '照片引用无效',
};

const docId = () => v.pipe(v.string(), v.minLength(1), v.maxLength(ID_MAX));
/** Free text that may be left empty. */
const notes = (max: number) => v.pipe(v.string(), v.maxLength(max));

const photoSchema = v.pipe(
  v.strictObject({ hash: v.string(), mime: v.picklist(PHOTO_MIMES), bytes: v.number(), width: v.number(), height: v.number() }),
  rule((photo: PhotoRef) => isValidPhotoRef(photo), 'photo_invalid'),
);

/** A salted PBKDF2 hash (pins.ts): 16 bytes of salt, 32 of hash, in hex. */
const saltedHashFields = {
  salt: v.pipe(v.string(), v.regex(/^[0-9a-f]{32}$/)),
  hash: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)),
};

const answerSheetSchema = v.pipe(
  v.record(localId(), answerSchema),
  rule((sheet) => Object.keys(sheet).length <= LESSON_LIMITS.questions, 'too_many_answers'),
);

const DATA_SCHEMAS: { [K in ActivityKind]: v.GenericSchema<unknown, ActivityDataByKind[K]> } = {
  lesson_session: v.strictObject({
    presentStudentIds: v.pipe(v.array(docId()), v.maxLength(A.studentsPerClass), rule((ids) => hasUniqueValues(ids), 'duplicate_student')),
    testRun: v.boolean(),
    minutes: v.optional(integer(0, A.sessionMinutes)),
  }),
  completion: v.strictObject({ via: v.picklist(['self', 'teacher']) }),
  attempt: v.pipe(
    v.strictObject({
      answers: answerSheetSchema,
      correct: integer(0, LESSON_LIMITS.questions),
      total: integer(1, LESSON_LIMITS.questions),
      passed: v.boolean(),
      missed: v.pipe(v.array(localId()), v.maxLength(LESSON_LIMITS.questions), rule((ids) => hasUniqueValues(ids), 'duplicate_question_id')),
      edition: v.optional(integer(1, 1_000_000)),
    }),
    rule((data) => data.correct + data.missed.length === data.total, 'score_inconsistent'),
  ),
  acknowledgement: v.strictObject({
    via: v.picklist(['student_account', 'paper_slip']),
    guardian: v.optional(text(A.guardian)),
  }),
  student_pin: v.strictObject({
    ...saltedHashFields,
    pictures: v.optional(v.strictObject(saltedHashFields)),
  }),
  drill: v.strictObject({
    planName: text(A.drillText),
    drillType: v.picklist(DRILL_TYPES),
    place: text(A.drillText),
    commander: text(A.drillText),
    participants: integer(0, A.participants),
    evacuationSeconds: v.optional(integer(1, A.evacuationSeconds)),
    classHeadcounts: v.pipe(
      v.array(
        v.pipe(
          v.strictObject({ classId: docId(), expected: integer(0, A.studentsPerClass), present: integer(0, A.studentsPerClass) }),
          v.forward(rule((count) => count.present <= count.expected, 'present_exceeds_expected'), ['present']),
        ),
      ),
      v.maxLength(A.classesPerSchool),
      rule((counts) => hasUniqueValues(counts.map((count) => count.classId)), 'duplicate_class'),
    ),
    problems: notes(A.drillNotes),
    improvements: notes(A.drillNotes),
    photos: v.pipe(v.array(photoSchema), v.maxLength(A.photos)),
  }),
};

/** Validate the untrusted `data` of an activity record of `kind`, strictly. */
export function parseActivityData<K extends ActivityKind>(kind: K, data: unknown): ParseResult<'data', ActivityDataByKind[K]> {
  return runSchema(DATA_SCHEMAS[kind], data, 'data', RULES);
}

/**
 * A classroom session's length in whole minutes, from opening classroom mode
 * to saving presence; capped so a screen left open overnight still saves.
 */
export function sessionMinutes(startedAt: number, savedAt: number): number {
  const minutes = Math.round(Math.max(0, savedAt - startedAt) / 60_000);
  return Math.min(minutes, ACTIVITY_LIMITS.sessionMinutes);
}

/** The attempt record's data for a scored answer sheet. */
export function attemptData(answers: AnswerSheet, score: AttemptScore, edition = 1): AttemptData {
  return {
    answers,
    correct: score.correct,
    total: score.total,
    passed: score.passed,
    missed: score.results.filter((result) => !result.correct).map((result) => result.questionId),
    edition,
  };
}

type RecordFields = Pick<ActivityDoc, 'id' | 'refId' | 'subjectId' | 'happenedAt' | 'deletedAt'>;

/** An activity document whose `data` has been validated for its kind. */
export type ActivityRecord = {
  [K in ActivityKind]: RecordFields & { kind: K; data: ActivityDataByKind[K] };
}[ActivityKind];

/** The typed record of a stored document, or null when its data is invalid. */
export function toActivityRecord(doc: RecordFields & Pick<ActivityDoc, 'kind' | 'data'>): ActivityRecord | null {
  const parsed = parseActivityData(doc.kind, doc.data);
  if (!parsed.ok) return null;
  const { id, refId, subjectId, happenedAt, deletedAt } = doc;
  return { id, kind: doc.kind, refId, subjectId, happenedAt, deletedAt, data: parsed.data } as ActivityRecord;
}
