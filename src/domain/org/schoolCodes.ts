/**
 * Coded school attributes. Codes are stored, labels come from i18n
 * (`org.schoolType.<code>` …). Stages follow the notice's template (附件3);
 * urban/rural codes are the statistics bureau's 城乡分类代码 used in
 * JY/T 1001 school records.
 */
export const SCHOOL_TYPES = ['middle', 'primary', 'middle_primary'] as const; // 中学 / 小学 / 中学、小学
export const SCHOOL_NATURES = ['public', 'private'] as const; // 公办 / 民办
export const SCHOOL_STAGES = [
  'primary', // 小学
  'junior', // 初中
  'senior', // 高中
  'nine_year', // 九年一贯制
  'twelve_year', // 十二年一贯制
  'complete_middle', // 完全中学
  'special', // 特殊教育学校
  'vocational', // 中职学校
] as const;
export const URBAN_RURAL_CODES = ['111', '112', '121', '122', '123', '210', '220'] as const;

export type SchoolType = (typeof SCHOOL_TYPES)[number];
export type SchoolNature = (typeof SCHOOL_NATURES)[number];
export type SchoolStage = (typeof SCHOOL_STAGES)[number];
export type UrbanRuralCode = (typeof URBAN_RURAL_CODES)[number];

/** Chinese labels as they appear in the government templates (for import/export). */
export const SCHOOL_TYPE_LABELS: Record<SchoolType, string> = {
  middle: '中学',
  primary: '小学',
  middle_primary: '中学、小学',
};
export const SCHOOL_NATURE_LABELS: Record<SchoolNature, string> = { public: '公办', private: '民办' };
export const SCHOOL_STAGE_LABELS: Record<SchoolStage, string> = {
  primary: '小学',
  junior: '初中',
  senior: '高中',
  nine_year: '九年一贯制',
  twelve_year: '十二年一贯制',
  complete_middle: '完全中学',
  special: '特殊教育学校',
  vocational: '中职学校',
};
export const URBAN_RURAL_LABELS: Record<UrbanRuralCode, string> = {
  '111': '主城区',
  '112': '城乡结合区',
  '121': '镇中心区',
  '122': '镇乡结合区',
  '123': '特殊区域',
  '210': '乡中心区',
  '220': '村庄',
};

/** 学校标识码: ten digits issued by the Ministry of Education. */
export function isValidSchoolCode(code: string): boolean {
  return /^\d{10}$/.test(code);
}
