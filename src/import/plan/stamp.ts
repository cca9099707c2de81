import type { BaseDoc } from '@/domain';

/** Who writes and when, for every document of one import. */
export interface Stamper {
  actor: string;
  now: number;
  newId: (prefix: string) => string;
}

export function defaultNewId(prefix: string): string {
  return `${prefix}-${globalThis.crypto.randomUUID()}`;
}

export function stampNew(stamper: Stamper, id: string, orgPath: string): BaseDoc {
  return { id, orgPath, createdAt: stamper.now, createdBy: stamper.actor, modifiedAt: stamper.now, modifiedBy: stamper.actor };
}

export function stampEdit(stamper: Stamper): Pick<BaseDoc, 'modifiedAt' | 'modifiedBy'> {
  return { modifiedAt: stamper.now, modifiedBy: stamper.actor };
}
