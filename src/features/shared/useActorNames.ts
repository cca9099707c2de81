import { computed } from 'vue';
import { map } from 'rxjs';
import { useI18n } from 'vue-i18n';
import { useDatabase } from '@/db/provide';
import { useRxQuery } from '@/db/useRxQuery';
import { useSessionStore } from '@/stores/session';

/**
 * Who wrote a record, by name. Records carry account ids (createdBy,
 * enteredBy, review.by); the accounts this device replicates give their
 * display names. An account outside this user's scope shows as its id;
 * 'local' is a write made before anyone signed in on this device.
 */
export function useActorNames() {
  const { t } = useI18n();
  const db = useDatabase();
  const session = useSessionStore();
  const { data: accounts } = useRxQuery(
    () => null,
    () => db.accounts.find().$.pipe(map((docs) => docs.map((d) => [d.id, d.displayName] as const))),
    [],
  );
  const names = computed(() => {
    const byId = new Map<string, string>(accounts.value);
    if (session.user) byId.set(session.user.id, session.user.displayName);
    return byId;
  });

  function actorText(actor: string): string {
    if (actor === 'local') return t('roster.actor.local');
    return names.value.get(actor) || actor;
  }

  return { actorText };
}
