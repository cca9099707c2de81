import {
  checkChecklistContent, LOCAL_ITEM_PREFIX, templateContentFields, type ChecklistExtension, type ChecklistTemplate, type LocalChecklistItem,
} from '@/domain/hazards';
import type { Role } from '@/domain/auth/roles';
import type { ContentDoc } from '@/domain/schemas';
import { nowOf, stampEdit, stampNew, type WriteContext } from './writeContext';

/** One school's extension of one template: a single content document, found by its id. */
export const extensionId = (schoolId: string, templateId: string): string => `checklist-local:${schoolId}:${templateId}`;

/**
 * Adds a school's own item (本校补充检查项) to a template: it shows in every
 * later inspection on any version of the template. Checked with the
 * server's rule first (who may, what an extension may hold).
 */
export async function addLocalItem(
  ctx: WriteContext,
  role: Role,
  school: { id: string; orgPath: string },
  template: ChecklistTemplate,
  item: Omit<LocalChecklistItem, 'id'>,
): Promise<void> {
  const id = extensionId(school.id, template.templateId);
  const existing = await ctx.db.content.findOne(id).exec();
  const before = existing?.toMutableJSON() as ContentDoc | undefined;
  const items = ((before?.body as ChecklistExtension | undefined)?.items ?? []) as LocalChecklistItem[];
  const local: LocalChecklistItem = { ...item, id: `${LOCAL_ITEM_PREFIX}${crypto.randomUUID().slice(0, 8)}` };
  const body: ChecklistExtension = { type: 'extension', templateId: template.templateId, items: [...items, local] };
  const next: ContentDoc = before
    ? { ...before, body: body as unknown as Record<string, unknown>, ...stampEdit(ctx) }
    : {
        ...stampNew(ctx, id, school.orgPath),
        kind: 'checklist', title: `${template.title}（本校补充）`, topic: template.category, status: 'published',
        startsAt: nowOf(ctx), endsAt: 0, body: body as unknown as Record<string, unknown>, deletedAt: 0,
      };
  const decision = checkChecklistContent(next, before, role);
  if (!decision.ok) throw new Error(decision.reason);
  if (existing) await existing.incrementalPatch({ body: next.body, ...stampEdit(ctx) });
  else await ctx.db.content.insert(next);
}

/**
 * Publishes a template version (county or higher) at the publisher's unit,
 * whence it replicates to every school below. Checked with the server's
 * rule first; a version, once published, never changes.
 */
export async function publishTemplateVersion(
  ctx: WriteContext,
  role: Role,
  orgPath: string,
  template: ChecklistTemplate,
): Promise<void> {
  const fields = templateContentFields(template, orgPath);
  if (await ctx.db.content.findOne(fields.id).exec()) throw new Error(`排查表“${template.title}”第 ${template.version} 版已存在`);
  const next: ContentDoc = {
    ...stampNew(ctx, fields.id, orgPath),
    ...fields, status: 'published', startsAt: nowOf(ctx), endsAt: 0, body: template as unknown as Record<string, unknown>, deletedAt: 0,
  };
  const decision = checkChecklistContent(next, undefined, role);
  if (!decision.ok) throw new Error(decision.reason);
  await ctx.db.content.insert(next);
}
