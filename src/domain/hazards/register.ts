import type { HazardState } from './hazardTypes';
import { HAZARD_STATUS_LABELS } from './hazardTypes';
import { HAZARD_CATEGORY_LABELS, HAZARD_LEVEL_LABELS } from './vocabulary';

/** The columns of the 整改销号 register (隐患整改销号台账), in its order. */
export const REGISTER_COLUMNS = [
  '序号', '学校', '隐患描述', '类别', '等级', '位置', '发现时间', '整改责任人', '整改期限', '整改措施', '状态', '销号时间', '挂牌督办',
] as const;

const CHINA_OFFSET_MS = 8 * 3_600_000;
/** 2026-11-29 in China time, whatever the device's zone ('' for 0). */
export function chinaDate(ms: number): string {
  return ms ? new Date(ms + CHINA_OFFSET_MS).toISOString().slice(0, 10) : '';
}

/**
 * One register row per hazard: what was found, where, by when and by whom
 * it is fixed, the measures taken (the notes of every 提交复查, in order)
 * and when it was closed.
 */
export function registerRows(hazards: readonly HazardState[], schoolName: (id: string) => string): string[][] {
  return hazards.map((h, i) => [
    String(i + 1),
    schoolName(h.schoolId),
    h.description,
    HAZARD_CATEGORY_LABELS[h.category],
    HAZARD_LEVEL_LABELS[h.level],
    h.place,
    chinaDate(h.foundAt),
    h.responsibleName,
    chinaDate(h.deadline),
    h.steps.filter((s) => s.action === 'submit' || s.action === 'progress').map((s) => s.note).filter(Boolean).join('；'),
    HAZARD_STATUS_LABELS[h.status],
    chinaDate(h.closedAt),
    h.supervised ? '是' : '',
  ]);
}
