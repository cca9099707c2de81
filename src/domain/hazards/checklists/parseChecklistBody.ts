import { isPlainObject, join, StrictReader, type ParseResult } from '../strictReader';
import { HAZARD_CATEGORIES, HAZARD_CATEGORY_LABELS, HAZARD_LEVELS, HAZARD_LEVEL_LABELS } from '../vocabulary';
import { LOCAL_SECTION } from './effectiveItems';
import {
  CHECKLIST_LIMITS as L,
  LOCAL_ITEM_PREFIX,
  type ChecklistBody,
  type ChecklistExtension,
  type ChecklistItem,
  type ChecklistSection,
  type ChecklistTemplate,
  type LocalChecklistItem,
} from './types';

const LABELS = {
  type: '类型',
  templateId: '排查表编号',
  version: '版本号',
  title: '标题',
  category: '隐患类别',
  summary: '说明',
  sections: '分节',
  items: '检查项',
  id: '编号',
  text: '检查内容',
  guidance: '检查指引',
  suggestedLevel: '建议隐患等级',
  onHazard: '隐患时要求',
  photo: '需拍照',
  note: '需说明',
  sectionId: '所属分节',
  retired: '已停用',
};

/** Lower-case code words joined by `.`, `_` or `-`: `fire.exits-clear`. */
const CODE = /^[a-z][a-z0-9]*(?:[._-][a-z0-9]+)*$/;
const CODE_HINT = '只能用小写字母、数字和 . _ -，以字母开头';

const ITEM_FIELDS = ['id', 'text', 'onHazard'] as const;
const ITEM_OPTIONAL = ['guidance', 'category', 'suggestedLevel'] as const;

/**
 * Validates the `body` of a 'checklist' content document: a template
 * version or a school's extension. Strict: unknown fields, unknown codes and
 * over-long texts are refused, with a Chinese message per problem. The
 * server runs it on every pushed checklist; editors run it before saving.
 */
export function parseChecklistBody(body: unknown): ParseResult<ChecklistBody> {
  const reader = new StrictReader(LABELS);
  if (!isPlainObject(body)) {
    reader.fail('', '排查表内容应为对象');
    return reader.failed();
  }
  if (body.type === 'template') return reader.result<ChecklistBody>(readTemplate(reader, body));
  if (body.type === 'extension') return reader.result<ChecklistBody>(readExtension(reader, body));
  if (body.type === undefined) reader.fail('type', '缺少此项');
  else reader.oneOf(body.type, 'type', ['template', 'extension'] as const);
  return reader.failed();
}

function readTemplate(reader: StrictReader, body: unknown): ChecklistTemplate {
  const o = reader.object(body, '', ['type', 'templateId', 'version', 'title', 'category', 'summary', 'sections']) ?? {};
  const sections = reader.list(o.sections, 'sections', 1, L.sections, (value, path) => readSection(reader, value, path));
  const items = sections.flatMap((s) => s.items);
  if (items.length > L.items) reader.fail('sections', `检查项合计不能超过 ${L.items} 项（现有 ${items.length} 项）`);
  reader.unique(sections.map((s) => s.id), 'sections', '分节编号');
  reader.unique(items.map((i) => i.id), 'sections', '检查项编号');
  return {
    type: 'template',
    templateId: readTemplateId(reader, o.templateId),
    version: reader.int(o.version, 'version', 1, L.maxVersion),
    title: reader.text(o.title, 'title', { max: L.titleLength }),
    category: reader.oneOf(o.category, 'category', HAZARD_CATEGORIES, HAZARD_CATEGORY_LABELS),
    summary: reader.text(o.summary, 'summary', { max: L.summaryLength, min: 0, multiline: true }),
    sections,
  };
}

function readExtension(reader: StrictReader, body: unknown): ChecklistExtension {
  const o = reader.object(body, '', ['type', 'templateId', 'items']) ?? {};
  const items = reader.list(o.items, 'items', 0, L.localItems, (value, path) => readLocalItem(reader, value, path));
  reader.unique(items.map((i) => i.id), 'items', '检查项编号');
  return { type: 'extension', templateId: readTemplateId(reader, o.templateId), items };
}

function readTemplateId(reader: StrictReader, value: unknown): string {
  return reader.text(value, 'templateId', { max: L.templateIdLength, pattern: CODE, patternHint: CODE_HINT });
}

function readSection(reader: StrictReader, value: unknown, path: string): ChecklistSection {
  const o = reader.object(value, path, ['id', 'title', 'items']) ?? {};
  const items = reader.list(o.items, join(path, 'items'), 1, L.itemsPerSection, (item, at) => {
    const fields = reader.object(item, at, ITEM_FIELDS, ITEM_OPTIONAL) ?? {};
    const read = readItem(reader, fields, at);
    if (read.id.startsWith(LOCAL_ITEM_PREFIX)) {
      reader.fail(join(at, 'id'), `不能以 ${LOCAL_ITEM_PREFIX} 开头（留给学校补充项）`);
    }
    return read;
  });
  const id = reader.text(o.id, join(path, 'id'), { max: L.idLength, pattern: CODE, patternHint: CODE_HINT });
  if (id === LOCAL_SECTION.id) reader.fail(join(path, 'id'), `不能为 ${LOCAL_SECTION.id}（留给“${LOCAL_SECTION.title}”分节）`);
  return { id, title: reader.text(o.title, join(path, 'title'), { max: L.sectionTitleLength }), items };
}

/** The fields every item has, from an object whose keys were already checked. */
function readItem(reader: StrictReader, o: Record<string, unknown>, path: string): ChecklistItem {
  const onHazardPath = join(path, 'onHazard');
  const onHazard = reader.object(o.onHazard, onHazardPath, ['photo', 'note']) ?? {};
  return {
    id: reader.text(o.id, join(path, 'id'), { max: L.idLength, pattern: CODE, patternHint: CODE_HINT }),
    text: reader.text(o.text, join(path, 'text'), { max: L.textLength }),
    ...('guidance' in o ? { guidance: reader.text(o.guidance, join(path, 'guidance'), { max: L.guidanceLength, multiline: true }) } : {}),
    ...('category' in o
      ? { category: reader.oneOf(o.category, join(path, 'category'), HAZARD_CATEGORIES, HAZARD_CATEGORY_LABELS) }
      : {}),
    ...('suggestedLevel' in o
      ? { suggestedLevel: reader.oneOf(o.suggestedLevel, join(path, 'suggestedLevel'), HAZARD_LEVELS, HAZARD_LEVEL_LABELS) }
      : {}),
    onHazard: {
      photo: reader.bool(onHazard.photo, join(onHazardPath, 'photo')),
      note: reader.bool(onHazard.note, join(onHazardPath, 'note')),
    },
  };
}

function readLocalItem(reader: StrictReader, value: unknown, path: string): LocalChecklistItem {
  const o = reader.object(value, path, ITEM_FIELDS, [...ITEM_OPTIONAL, 'sectionId', 'retired']) ?? {};
  const base = readItem(reader, o, path);
  if (base.id && !base.id.startsWith(LOCAL_ITEM_PREFIX)) {
    reader.fail(join(path, 'id'), `学校补充项的编号必须以 ${LOCAL_ITEM_PREFIX} 开头`);
  }
  return {
    ...base,
    ...('sectionId' in o
      ? { sectionId: reader.text(o.sectionId, join(path, 'sectionId'), { max: L.idLength, pattern: CODE, patternHint: CODE_HINT }) }
      : {}),
    ...('retired' in o ? { retired: reader.bool(o.retired, join(path, 'retired')) } : {}),
  };
}
