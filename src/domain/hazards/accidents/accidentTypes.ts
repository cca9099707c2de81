import { vocabulary } from '../../vocabulary';

/**
 * The accident register (事故登记): accidents and incidents involving
 * students or staff, counted by category and place for every level above.
 * The register entry carries no names: the names of injured or dead
 * children are an `AccidentPersons` record kept where only the roles
 * entitled to personal data replicate it.
 */
const CATEGORIES = vocabulary([
  ['drowning', '溺水'],
  ['traffic', '交通'],
  ['stampede', '踩踏'],
  ['poisoning', '中毒'],
  ['campus_injury', '校园伤害'],
  ['natural_disaster', '自然灾害'],
  ['other', '其他'],
]);
export const ACCIDENT_CATEGORIES = CATEGORIES.codes;
export type AccidentCategory = (typeof ACCIDENT_CATEGORIES)[number];
export const ACCIDENT_CATEGORY_LABELS = CATEGORIES.labels;

const PLACES = vocabulary([
  ['on_campus', '校内'],
  ['off_campus', '校外'],
]);
export const ACCIDENT_PLACES = PLACES.codes;
export type AccidentPlace = (typeof ACCIDENT_PLACES)[number];
export const ACCIDENT_PLACE_LABELS = PLACES.labels;

/** How many people were hurt or died; numbers only. */
export interface AccidentCasualties {
  studentsInjured: number;
  studentsDead: number;
  staffInjured: number;
  staffDead: number;
}

export interface AccidentRecord {
  schoolId: string;
  category: AccidentCategory;
  place: AccidentPlace;
  /** Where it happened, e.g. 村东水库, 教学楼二楼楼梯; no names of people. */
  location: string;
  occurredAt: number;
  casualties: AccidentCasualties;
  /** What happened, without names of children. */
  description: string;
  /** 处置情况: what was done afterwards. */
  measures: string;
}

export const ACCIDENT_PERSON_KINDS = ['student', 'staff'] as const;
export const ACCIDENT_OUTCOMES = ['injured', 'dead'] as const; // 受伤 / 死亡

/** One person affected, named: sensitive. */
export interface AccidentPerson {
  /** The person's record, '' when they are not on the roster. */
  personId: string;
  name: string;
  kind: (typeof ACCIDENT_PERSON_KINDS)[number];
  outcome: (typeof ACCIDENT_OUTCOMES)[number];
  /** 伤情, e.g. 左臂骨折. */
  injury: string;
}

/** The named part of one accident, stored apart from the register entry. */
export interface AccidentPersons {
  accidentId: string;
  persons: AccidentPerson[];
}

export const ACCIDENT_LIMITS = {
  locationLength: 100,
  descriptionLength: 1000,
  measuresLength: 1000,
  casualties: 10_000,
  persons: 200,
  nameLength: 50,
  injuryLength: 200,
} as const;
