import type { PhotoRef } from '../photos';
import type { HazardLevel } from '../vocabulary';

/** 合格 / 隐患 / 不适用. */
export const INSPECTION_RESULTS = ['ok', 'hazard', 'na'] as const;
export type InspectionResult = (typeof INSPECTION_RESULTS)[number];

export const INSPECTION_STATUSES = ['draft', 'completed'] as const;
export type InspectionStatus = (typeof INSPECTION_STATUSES)[number];

/** The answer to one checklist item. */
export interface InspectionAnswer {
  itemId: string;
  result: InspectionResult;
  /** For a 隐患: where exactly and what is wrong; it becomes the hazard's description. */
  note: string;
  photos: PhotoRef[];
  /** Where, when more precise than the inspection's place ('' = the inspection's). */
  place: string;
  /** The inspector's level for a 隐患; '' takes the item's suggestion. */
  level: HazardLevel | '';
}

/** Where the device was when the inspection started; `at` 0 when it offered no position. */
export interface InspectionLocation {
  lat: number;
  lng: number;
  /** Metres, as the device reports it. */
  accuracy: number;
  at: number;
}

export const NO_LOCATION: InspectionLocation = { lat: 0, lng: 0, accuracy: 0, at: 0 };

/**
 * An on-site inspection (排查) as the domain sees it; the stored document
 * adds the base fields (id, orgPath, createdBy …). It keeps the template
 * version it started on for good.
 */
export interface InspectionRecord {
  schoolId: string;
  templateId: string;
  templateVersion: number;
  status: InspectionStatus;
  /** The area inspected, e.g. 教学楼、食堂. */
  place: string;
  /** Names of the people who inspected, e.g. 张伟、李娜. */
  inspector: string;
  startedAt: number;
  /** 0 while a draft. */
  completedAt: number;
  location: InspectionLocation;
  answers: InspectionAnswer[];
}

export const INSPECTION_LIMITS = { noteLength: 500, placeLength: 100, inspectorLength: 50, answers: 500 } as const;
