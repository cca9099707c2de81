import { computed, type ComputedRef } from 'vue';
import { canWriteCollection } from '@/domain/auth/writeAccess';
import type { CollectionName } from '@/domain/schemas';
import { useSessionStore } from '@/stores/session';

/**
 * Whether the signed-in user's role may write a collection at all — the
 * server's own rule, so the UI hides what the server would refuse.
 */
export function useCanWrite(collection: CollectionName): ComputedRef<boolean> {
  const session = useSessionStore();
  return computed(() => session.user !== null && canWriteCollection(session.user, collection));
}
