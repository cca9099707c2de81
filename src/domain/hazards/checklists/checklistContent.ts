import type { Role } from '../../auth/roles';
import { lastId } from '../../org/path';
import { jsonEqual } from '../../sync/jsonValue';
import { isDeleted } from '../records';
import { refuse, type Refusal } from '../refusal';
import { formatIssues } from '../strictReader';
import { parseChecklistBody } from './parseChecklistBody';
import type { ChecklistBody, ChecklistTemplate } from './types';

/**
 * The `content` document id of one template version, published at
 * `publisherPath`: versions are separate, immutable documents, and per
 * publisher, so two counties publishing version 2 of the same built-in
 * template never share an id (a county's unit id is its region code; the
 * top administrator's unit "/" is `root`).
 */
export function checklistContentId(publisherPath: string, templateId: string, version: number): string {
  return `checklist:${lastId(publisherPath) || 'root'}:${templateId}:v${version}`;
}

/**
 * The id versions had before ids named their publisher. Documents stored
 * under it stay valid (inspections started on them keep finding them by
 * template and version); nothing new is published under it.
 */
export function legacyChecklistContentId(templateId: string, version: number): string {
  return `checklist:${templateId}:v${version}`;
}

/** The fields of the `content` document that publishes a template version at `publisherPath`. */
export function templateContentFields(template: ChecklistTemplate, publisherPath: string) {
  return {
    id: checklistContentId(publisherPath, template.templateId, template.version),
    kind: 'checklist' as const,
    title: template.title,
    topic: template.category,
    body: template,
  };
}

/**
 * The newest version of each template among `templates` (built-ins plus the
 * published versions a school can see; withdrawn ones filtered out by the
 * caller), in order of first appearance.
 */
export function latestVersions(templates: readonly ChecklistTemplate[]): ChecklistTemplate[] {
  const latest = new Map<string, ChecklistTemplate>();
  for (const t of templates) {
    const current = latest.get(t.templateId);
    if (!current || t.version > current.version) latest.set(t.templateId, t);
  }
  return [...latest.values()];
}

/** Templates are published from the county up; extensions are a school's own. */
export const TEMPLATE_PUBLISHERS: readonly Role[] = ['province_admin', 'city_admin', 'county_admin'];
export const EXTENSION_AUTHORS: readonly Role[] = ['school_admin', 'safety_leader'];

/** A 'checklist' content document as far as these rules need it. */
export interface ChecklistContentLike {
  id: string;
  orgPath: string;
  title: string;
  topic: string;
  status: string;
  body: unknown;
  deletedAt?: number;
  _deleted?: boolean;
}

export type ChecklistDecision = { ok: true; body: ChecklistBody } | Refusal;


/**
 * May `actorRole` store `next` (a 'checklist' content document) over
 * `previous`? On top of scope checks: the body must parse; templates come
 * from the county or higher and, once out of draft, never change (a change
 * is a new version); a school's extension keeps every item it ever had
 * (retire, don't remove), because inspections refer to them by id.
 */
export function checkChecklistContent(
  next: ChecklistContentLike,
  previous: ChecklistContentLike | undefined,
  actorRole: Role,
): ChecklistDecision {
  const parsed = parseChecklistBody(next.body);
  if (!parsed.ok) return refuse('checklist_invalid', `排查表内容有误：${formatIssues(parsed.issues)}`);
  const body = parsed.value;
  const isTemplate = body.type === 'template';
  if (!(isTemplate ? TEMPLATE_PUBLISHERS : EXTENSION_AUTHORS).includes(actorRole)) {
    return isTemplate
      ? refuse('checklist_role', '排查表模板只能由县级及以上管理员发布')
      : refuse('checklist_role', '本校补充检查项只能由学校管理员或分管安全校长维护');
  }
  if (isTemplate) {
    // A version already stored under the id of old keeps it; a new one is named after its publisher.
    const legacy = previous?.id === next.id && next.id === legacyChecklistContentId(body.templateId, body.version);
    if (next.id !== checklistContentId(next.orgPath, body.templateId, body.version) && !legacy) {
      return refuse('checklist_id', '排查表文档编号与发布单位、模板编号、版本号不一致');
    }
    if (next.title !== body.title || next.topic !== body.category) {
      return refuse('checklist_mismatch', '排查表文档的标题或类别与内容不一致');
    }
  }
  if (!previous) return isDeleted(next) ? refuse('checklist_deleted', '不能新建已删除的排查表') : { ok: true, body };
  const before = previous.body as Partial<ChecklistBody>;
  if (before.type !== body.type || before.templateId !== body.templateId) {
    return refuse('checklist_identity', '不能更改排查表的类型或所属模板');
  }
  if (body.type === 'extension') {
    if (isDeleted(next)) return refuse('checklist_deleted', '本校补充检查项不能删除，请将不再检查的项目停用');
    const kept = new Set(body.items.map((i) => i.id));
    const removed = (before.type === 'extension' ? (before.items ?? []) : []).filter((i) => !kept.has(i.id));
    if (removed.length) {
      return refuse('checklist_item_removed', `本校补充检查项不能删除，请改为停用：${removed.map((i) => i.text).join('、')}`);
    }
    return { ok: true, body };
  }
  if (previous.status !== 'draft') {
    if (next.status === 'draft') return refuse('checklist_unpublish', '已发布的排查表不能改回草稿');
    if (isDeleted(next)) return refuse('checklist_deleted', '已发布的排查表不能删除，可以撤回');
    if (!jsonEqual(previous.body, next.body)) {
      return refuse('checklist_published_immutable', '已发布的排查表版本不能修改，请发布新版本');
    }
  }
  return { ok: true, body };
}
