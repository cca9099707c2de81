import { CHECKLIST_LIMITS as L, type ChecklistTemplate } from './types';

/**
 * A copy of `base` to edit into the next published version (发布新版本):
 * one above the newest version known of the template, item ids kept (the
 * same id means the same check in every version). Inspections started on
 * an earlier version keep it: versions are separate documents.
 */
export function draftNextVersion(base: ChecklistTemplate, newestVersion: number): ChecklistTemplate {
  // A template is plain JSON. (structuredClone would need Chromium 98; rural schools run 86.)
  const copy = JSON.parse(JSON.stringify(base)) as ChecklistTemplate;
  return { ...copy, version: Math.max(newestVersion, base.version) + 1 };
}

/** An id for an item added to `sectionId`, unlike every item id of the template (and of earlier versions' items it kept). */
export function newItemId(template: ChecklistTemplate, sectionId: string): string {
  const used = new Set(template.sections.flatMap((s) => s.items.map((i) => i.id)));
  const prefix = sectionId.length + 6 <= L.idLength ? `${sectionId}.` : '';
  for (let k = 1; ; k++) {
    const id = `${prefix}v${template.version}n${k}`;
    if (!used.has(id)) return id;
  }
}
