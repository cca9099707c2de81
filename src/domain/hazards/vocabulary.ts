/**
 * The words of hazard investigation (隐患排查), stored as codes. Labels are
 * the Chinese terms of the 整改销号 register, for exports and for refusal
 * reasons the server sends back; screens translate the codes through i18n.
 */
import { vocabulary } from '../vocabulary';

/** What a hazard is about; a checklist item names one, so a template may mix them. */
const CATEGORIES = vocabulary([
  ['building', '校舍'],
  ['fire', '消防'],
  ['electricity_gas', '用电用气'],
  ['canteen_food', '食堂食品'],
  ['drinking_water', '饮用水'],
  ['lab_chemicals', '实验室危化品'],
  ['sports', '体育设施器材'],
  ['dormitory', '宿舍'],
  ['school_bus', '校车'],
  ['gate_perimeter', '门卫与周界'], // 人防、物防、技防
  ['nearby_waters', '周边水域'], // 防溺水
  ['other', '其他'],
]);
export const HAZARD_CATEGORIES = CATEGORIES.codes;
export type HazardCategory = (typeof HAZARD_CATEGORIES)[number];
export const HAZARD_CATEGORY_LABELS = CATEGORIES.labels;
export const isHazardCategory = CATEGORIES.has;

/** 一般隐患 / 重大隐患. */
const LEVELS = vocabulary([
  ['general', '一般'],
  ['major', '重大'],
]);
export const HAZARD_LEVELS = LEVELS.codes;
export type HazardLevel = (typeof HAZARD_LEVELS)[number];
export const HAZARD_LEVEL_LABELS = LEVELS.labels;
export const isHazardLevel = LEVELS.has;
