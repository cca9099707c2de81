import type { BaseDoc } from '@/domain/schemas';
import type { XiaoanDatabase } from '../types';

/**
 * Who writes and when. Every repository stamps documents from it, so
 * components never call RxDB's insert/patch themselves (STYLE.md, Actual).
 */
export interface WriteContext {
  db: XiaoanDatabase;
  /** The signed-in user's id, or 'local' on a device set up without sign-in. */
  actor: string;
  now?: () => number;
}

export function nowOf(ctx: WriteContext): number {
  return (ctx.now ?? Date.now)();
}

export function newId(prefix: string): string {
  return `${prefix}-${crypto.randomUUID()}`;
}

/** Stamp the base fields of a new document. */
export function stampNew(ctx: WriteContext, id: string, orgPath: string): BaseDoc {
  const at = nowOf(ctx);
  return { id, orgPath, createdAt: at, createdBy: ctx.actor, modifiedAt: at, modifiedBy: ctx.actor };
}

/** Stamp an edit. */
export function stampEdit(ctx: WriteContext): Pick<BaseDoc, 'modifiedAt' | 'modifiedBy'> {
  return { modifiedAt: nowOf(ctx), modifiedBy: ctx.actor };
}
