import { useSessionStore } from '@/stores/session';
import { useDatabase } from '@/db/provide';
import type { WriteContext } from '@/db/repositories/writeContext';

/**
 * The write context for the current user: the one place that decides the
 * actor id stamped on every write ('local' when no one is signed in, as in
 * component tests).
 */
export function useWriteContext(): WriteContext {
  const session = useSessionStore();
  return { db: useDatabase(), actor: session.user?.id ?? 'local' };
}
