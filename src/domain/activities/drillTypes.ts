import { vocabulary } from '../vocabulary';

/** Kinds of emergency drill (应急演练) schools run and report. */
const DRILLS = vocabulary([
  ['fire', '火灾疏散'],
  ['earthquake', '地震避险'],
  ['school_bus', '校车事故'],
  ['flood', '防汛'],
  ['crowd_crush', '防踩踏'],
  ['intruder', '防暴力侵害'], // 反恐防暴
  ['gas_leak', '燃气泄漏'],
  ['other', '其他'],
]);
export const DRILL_TYPES = DRILLS.codes;
export type DrillType = (typeof DRILL_TYPES)[number];
export const DRILL_TYPE_LABELS = DRILLS.labels;
