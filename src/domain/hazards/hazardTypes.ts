import type { Role } from '../auth/roles';
import { vocabulary } from '../vocabulary';
import { HAZARD_STATUSES, type HazardStatus } from '../schemas/hazards';
import type { PhotoRef } from './photos';
import type { HazardCategory, HazardLevel } from './vocabulary';

export { HAZARD_STATUSES, type HazardStatus };

/** 已登记 → 整改中 → 待复查 → 已销号. */
export const HAZARD_STATUS_LABELS: Record<HazardStatus, string> = {
  registered: '已登记',
  rectifying: '整改中',
  checking: '待复查',
  closed: '已销号',
};

/** What a timeline entry records. */
const ACTIONS = vocabulary([
  ['register', '登记隐患'],
  ['start', '开始整改'],
  ['progress', '记录整改进展'], // notes, photos
  ['submit', '提交复查'],
  ['reject', '驳回整改'], // back to 整改中, with a reason
  ['close', '复查销号'], // 复查通过，销号
  ['supervise', '挂牌督办'],
  ['unsupervise', '撤销督办'],
  ['extend', '调整整改期限'],
  ['reassign', '变更责任人'],
]);
export const HAZARD_ACTIONS = ACTIONS.codes;
export type HazardActionKind = (typeof HAZARD_ACTIONS)[number];
export const HAZARD_ACTION_LABELS = ACTIONS.labels;

/** One timeline entry. Entries are append-only: never rewritten, never removed. */
export interface HazardStep {
  action: HazardActionKind;
  /** The status after this step. */
  status: HazardStatus;
  /** Account id of who did it. */
  by: string;
  at: number;
  note: string;
  photos: PhotoRef[];
  /** The deadline this step set (register, extend); 0 otherwise. */
  deadline: number;
  /** The responsible person this step set (register, reassign); '' otherwise. */
  responsibleId: string;
  responsibleName: string;
}

/** What registration fixes for good. */
export interface HazardFacts {
  schoolId: string;
  /** '' for a hazard reported outside an inspection. */
  inspectionId: string;
  /** The checklist item whose 隐患 answer produced it, '' likewise. */
  itemId: string;
  category: HazardCategory;
  level: HazardLevel;
  place: string;
  description: string;
  /** Photos of the hazard as found. */
  photos: PhotoRef[];
  /** When it was found (the inspection's completion). */
  foundAt: number;
}

/** A proposed hazard before registration: the facts and who fixes it by when. */
export interface HazardDraft extends HazardFacts {
  /** Person id of the responsible person; '' when they have no record (a contractor). */
  responsibleId: string;
  responsibleName: string;
  deadline: number;
}

/**
 * A hazard (隐患) with its rectification (整改) as the domain sees it; the
 * stored document adds the base fields. Every field after the facts follows
 * from the timeline: `checkHazardTransition` replays it.
 */
export interface HazardState extends HazardDraft {
  status: HazardStatus;
  /** 挂牌督办 by a county or higher; stays set as history after closing. */
  supervised: boolean;
  /** When it was closed (销号), 0 while open. */
  closedAt: number;
  steps: HazardStep[];
}

/** Who acts: the signed-in account (a `Principal` fits). */
export interface HazardActor {
  id: string;
  role: Role;
  /** The account's person, to keep the responsible person from verifying their own work. */
  personId?: string;
}

export const HAZARD_LIMITS = {
  descriptionLength: 1000,
  placeLength: 100,
  noteLength: 500,
  responsibleNameLength: 50,
  steps: 100,
} as const;
