import {
  applyHazardAction, registerHazard, type HazardAction, type HazardActor, type HazardDraft, type HazardState, type Refusal,
} from '@/domain/hazards';
import type { HazardDoc } from '@/domain/schemas';
import { newId, nowOf, stampEdit, stampNew, type WriteContext } from './writeContext';

/** A hazard action the lifecycle refused: the reason is the domain's, in plain Chinese. */
export class HazardRefused extends Error {
  constructor(readonly refusal: Refusal) {
    super(refusal.reason);
  }
}

export const asHazardState = (doc: HazardDoc): HazardState => doc as unknown as HazardState;

/** Hazard documents registering (登记) `drafts` at a school; throws before anything is written if one is refused. */
export function registeredHazards(ctx: WriteContext, schoolPath: string, drafts: readonly HazardDraft[], actor: HazardActor): HazardDoc[] {
  const at = nowOf(ctx);
  return drafts.map((draft) => {
    const registered = registerHazard(draft, actor, { at });
    if (!registered.ok) throw new HazardRefused(registered);
    return { ...stampNew(ctx, newId('hz'), schoolPath), ...registered.hazard, deletedAt: 0 } as unknown as HazardDoc;
  });
}

/** Applies one lifecycle action (整改、提交复查、驳回、销号、挂牌督办 …) as `actor`. */
export async function actOnHazard(ctx: WriteContext, id: string, action: HazardAction, actor: HazardActor): Promise<void> {
  const doc = await ctx.db.hazards.findOne(id).exec();
  if (!doc) throw new Error(`hazard ${id} not found`);
  await doc.incrementalModify((current) => {
    const result = applyHazardAction(asHazardState(current), action, actor);
    if (!result.ok) throw new HazardRefused(result);
    return { ...current, ...(result.hazard as unknown as Partial<HazardDoc>), ...stampEdit(ctx) };
  });
}
