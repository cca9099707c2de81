import { normalizeCompact } from '@/domain';
import type { FieldKey, TemplateKind } from '../types';
import { TEMPLATES } from './index';
import type { TemplateDef } from './types';

/**
 * Header text as compared: full-width folded, all spaces and line breaks
 * removed, required-markers (*) and trailing colons dropped, lower-case.
 */
export function headerKey(text: string): string {
  return normalizeCompact(text).replace(/[*:：]/g, '').toLowerCase();
}

type HeaderIndex = ReadonlyMap<string, FieldKey>;

function indexTemplate(template: TemplateDef): HeaderIndex {
  const index = new Map<string, FieldKey>();
  for (const column of template.columns) {
    for (const text of [column.header, ...column.synonyms]) index.set(headerKey(text), column.field);
  }
  return index;
}

/** Built once: header key → field, per template. */
const HEADER_INDEX = new Map<TemplateKind, HeaderIndex>(
  Object.values(TEMPLATES).map((template) => [template.kind, indexTemplate(template)]),
);

/** The field a header cell stands for in a template, if any. */
export function fieldOfHeader(kind: TemplateKind, text: string): FieldKey | undefined {
  return HEADER_INDEX.get(kind)?.get(headerKey(text));
}
