/** Kinds of emergency drill (应急演练) schools run and report. */
export const DRILL_TYPES = [
  'fire', // 火灾疏散
  'earthquake', // 地震避险
  'school_bus', // 校车事故
  'flood', // 防汛
  'crowd_crush', // 防踩踏
  'intruder', // 防暴力侵害（反恐防暴）
  'gas_leak', // 燃气泄漏
  'other', // 其他
] as const;
export type DrillType = (typeof DRILL_TYPES)[number];

export const DRILL_TYPE_LABELS: Record<DrillType, string> = {
  fire: '火灾疏散',
  earthquake: '地震避险',
  school_bus: '校车事故',
  flood: '防汛',
  crowd_crush: '防踩踏',
  intruder: '防暴力侵害',
  gas_leak: '燃气泄漏',
  other: '其他',
};
