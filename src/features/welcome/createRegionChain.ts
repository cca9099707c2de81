import { createOrgUnit } from '@/db/repositories/orgs';
import type { WriteContext } from '@/db/repositories/writeContext';
import type { AdminLevel } from '@/domain/org/levels';
import type { OrgDoc } from '@/domain/schemas';

/**
 * Create a region unit and, where missing, the units above it — a county
 * administrator setting up a device picks 河南省 › 信阳市 › 浉河区 and gets
 * all three. Existing units (same region code) are reused, not duplicated.
 */
export async function createRegionChain(
  ctx: WriteContext,
  chain: readonly { code: string; name: string; kind: AdminLevel }[],
): Promise<OrgDoc> {
  let parent: OrgDoc | null = null;
  for (const link of chain) {
    const existing = await ctx.db.orgs.findOne(link.code).exec();
    parent = existing
      ? (existing.toJSON() as OrgDoc)
      : await createOrgUnit(ctx, { kind: link.kind, name: link.name, parent, regionCode: link.code });
  }
  if (!parent) throw new Error('empty region chain');
  return parent;
}
