import { useDatabase } from './provide';
import type { WriteContext } from './repositories/writeContext';

/**
 * The write context for the current user. The one place that decides the
 * actor id stamped on every write: 'local' until sign-in exists.
 */
export function useWriteContext(): WriteContext {
  return { db: useDatabase(), actor: 'local' };
}
