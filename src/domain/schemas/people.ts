import { GRADE_CODES, type GradeCode } from '../roster/grades';
import { REVIEW_STATUSES, type ReviewStatus } from '../roster/review';
import { defineSchema, enumField, shortText, timestamp, type BaseDoc } from './base';
import type { CollectionDefinition } from './jsonSchema';

export const PERSON_KINDS = ['teacher', 'student'] as const;
export type PersonKind = (typeof PERSON_KINDS)[number];
export const GENDERS = ['M', 'F'] as const;
export type Gender = (typeof GENDERS)[number];

/**
 * A teacher or student, without the sensitive fields: ID number and phone
 * live in `identities`, which only entitled roles replicate. Stripping
 * fields per role instead would corrupt replication (see DESIGN-NOTES).
 *
 * `orgPath` is the class's path for students and the school's for teachers.
 */
export interface PersonDoc extends BaseDoc {
  kind: PersonKind;
  name: string;
  gender: Gender;
  schoolId: string;
  /** Student's class, or the class a teacher teaches / heads; '' if none. */
  classId: string;
  grade: GradeCode | '';
  className: string;
  isHeadTeacher: boolean; // 班主任
  /** Masked copies safe to show in lists: 4115**********123X, 138****5678. */
  idMasked: string;
  phoneMasked: string;
  /** Pinyin of the name, for search. */
  nameSearch: string;
  review: ReviewState;
  /** Who entered the record and on behalf of which school (代录). */
  enteredBy: string;
  enteredAt: number;
  deletedAt: number;
}

export interface ReviewState {
  status: ReviewStatus;
  reason: string; // 退回 reason
  by: string;
  at: number;
}

export const peopleCollection: CollectionDefinition = {
  name: 'people',
  replicated: true,
  migrations: {},
  schema: defineSchema({
    title: 'teachers and students',
    version: 0,
    properties: {
      kind: enumField(PERSON_KINDS),
      name: shortText(50),
      gender: enumField(GENDERS),
      schoolId: shortText(64),
      classId: shortText(64),
      grade: { type: 'string', enum: [...GRADE_CODES, ''] },
      className: shortText(20),
      isHeadTeacher: { type: 'boolean' },
      idMasked: shortText(18),
      phoneMasked: shortText(11),
      nameSearch: shortText(200),
      review: {
        type: 'object',
        properties: {
          status: enumField(REVIEW_STATUSES),
          reason: shortText(200),
          by: shortText(64),
          at: timestamp,
        },
        required: ['status', 'reason', 'by', 'at'],
        additionalProperties: false,
      },
      enteredBy: shortText(64),
      enteredAt: timestamp,
      deletedAt: timestamp,
    },
    required: [
      'kind', 'name', 'gender', 'schoolId', 'classId', 'grade', 'className', 'isHeadTeacher',
      'idMasked', 'phoneMasked', 'nameSearch', 'review', 'enteredBy', 'enteredAt', 'deletedAt',
    ],
    indexes: [['schoolId', 'kind'], 'classId'],
  }),
};
