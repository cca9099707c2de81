import type { IdentityDoc } from '@/domain/schemas';
import { normalizeIdNumber } from '@/domain/roster/idNumber';
import type { XiaoanDatabase } from '../types';
import { stampEdit, stampNew, type WriteContext } from './writeContext';

/**
 * The sensitive half of a person (身份证号, 手机号, 学籍号), kept apart from
 * `people` so only entitled roles replicate it. Same id as the person.
 * Only the people repository writes here: an identity is never created or
 * changed on its own.
 */
export interface IdentityValues {
  idNumber: string;
  phone: string;
  studentNo: string;
}

/** Create the identity, or overwrite the one with this id. */
export async function writeIdentity(
  ctx: WriteContext,
  id: string,
  orgPath: string,
  values: IdentityValues,
): Promise<void> {
  const existing = await ctx.db.identities.findOne(id).exec();
  if (existing) {
    await existing.incrementalPatch({ ...values, orgPath, ...stampEdit(ctx) });
    return;
  }
  const doc: IdentityDoc = { ...stampNew(ctx, id, orgPath), ...values };
  await ctx.db.identities.insert(doc);
}

export async function getIdentity(db: XiaoanDatabase, id: string): Promise<IdentityDoc | null> {
  const doc = await db.identities.findOne(id).exec();
  return doc ? (doc.toJSON() as IdentityDoc) : null;
}

/** Every identity holding this ID number (normally at most one), via the idNumber index. */
export async function identitiesWithIdNumber(db: XiaoanDatabase, idNumber: string): Promise<IdentityDoc[]> {
  const value = normalizeIdNumber(idNumber);
  if (!value) return [];
  const docs = await db.identities.find({ selector: { idNumber: value } }).exec();
  return docs.map((d) => d.toJSON() as IdentityDoc);
}
