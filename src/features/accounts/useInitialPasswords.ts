import { computed, type ComputedRef, type Ref } from 'vue';
import { useDatabase } from '@/db/provide';
import { initialPasswords$ } from '@/db/repositories/initialPasswords';
import { useRxQuery } from '@/db/useRxQuery';
import type { AccountDoc } from '@/domain/schemas';

/**
 * Accounts with the initial passwords this device holds for them (it
 * opened them or reset their password; src/db/repositories/initialPasswords.ts).
 * Everyone else's slips show no password: the server never sends one.
 */
export function useWithInitialPasswords(accounts: Ref<readonly AccountDoc[]>): ComputedRef<AccountDoc[]> {
  const db = useDatabase();
  const { data: passwords } = useRxQuery(() => db, (database) => initialPasswords$(database), {} as Record<string, string>);
  return computed(() => accounts.value.map((a) => ({ ...a, initialPassword: passwords.value[a.id] ?? a.initialPassword })));
}
