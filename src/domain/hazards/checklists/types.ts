import type { HazardCategory, HazardLevel } from '../vocabulary';

/**
 * Checklist templates (排查表) and the items an inspector answers on site
 * with 合格 / 隐患 / 不适用.
 *
 * Versioning: a template is identified by `templateId` and each published
 * `version` is a separate, immutable `content` document (kind 'checklist',
 * id from `checklistContentId`), so an inspection that started on version 2
 * finds version 2 even after version 3 is published. Item ids are stable
 * across versions: the same id means the same check.
 *
 * A school adds its own items through a `ChecklistExtension` (also a
 * 'checklist' content document, at the school): it names the template, not
 * a version, so its items survive the next version. Local items are
 * retired, never removed, so an inspection that answered one can still
 * show it.
 */
export interface ChecklistItem {
  /** Stable: the same id in every version. Local items start with `local.`. */
  id: string;
  /** The requirement as checked on site, phrased so that 合格 means it holds. */
  text: string;
  /** How to check it, limits from standards; shown on request. */
  guidance?: string;
  /** Defaults to the template's category. */
  category?: HazardCategory;
  /** 'major' where a failure is obviously a 重大隐患; otherwise 一般 is proposed. */
  suggestedLevel?: HazardLevel;
  /** What a 隐患 answer must carry before the inspection can be completed. */
  onHazard: { photo: boolean; note: boolean };
}

export interface ChecklistSection {
  id: string;
  title: string;
  items: ChecklistItem[];
}

export interface ChecklistTemplate {
  type: 'template';
  templateId: string;
  /** 1 for the built-in templates; a publisher raises it for each change. */
  version: number;
  title: string;
  category: HazardCategory;
  /** What the checklist covers and when to use it. */
  summary: string;
  sections: ChecklistSection[];
}

export interface LocalChecklistItem extends ChecklistItem {
  /** Section of the template to show it in; items without one (or whose section is gone) go to 本校补充. */
  sectionId?: string;
  /** No longer asked; kept so inspections that answered it still show it. */
  retired?: boolean;
}

export interface ChecklistExtension {
  type: 'extension';
  templateId: string;
  items: LocalChecklistItem[];
}

/** What a `content` document of kind 'checklist' carries in `body`. */
export type ChecklistBody = ChecklistTemplate | ChecklistExtension;

/** Limits of a checklist body, shared by the parser and the editors. */
export const CHECKLIST_LIMITS = {
  idLength: 48,
  templateIdLength: 40,
  maxVersion: 9999,
  titleLength: 60,
  summaryLength: 300,
  sectionTitleLength: 40,
  sections: 20,
  itemsPerSection: 60,
  items: 200,
  localItems: 50,
  textLength: 200,
  guidanceLength: 500,
} as const;

export const LOCAL_ITEM_PREFIX = 'local.';
