import { useSessionStore } from '@/stores/session';
import { useDatabase } from './provide';
import type { WriteContext } from './repositories/writeContext';

/**
 * The write context for the current user: the one place that decides the
 * actor id stamped on every write ('local' when no one is signed in, as in
 * component tests).
 */
export function useWriteContext(): WriteContext {
  const session = useSessionStore();
  return { db: useDatabase(), actor: session.user?.id ?? 'local' };
}
