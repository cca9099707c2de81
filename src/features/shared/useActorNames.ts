import { computed } from 'vue';
import { map } from 'rxjs';
import { useI18n } from 'vue-i18n';
import { useDatabase } from '@/db/provide';
import { useRxQuery } from '@/db/useRxQuery';
import { useOrgTree } from '@/features/shared/useOrgTree';
import { useSessionStore } from '@/stores/session';

/** The demo dataset's author (DEMO_AUTHOR; that module pulls in pinyin-pro, so it is not imported here). */
const DEMO_AUTHOR = 'demo';

interface Actor {
  name: string;
  orgId: string;
}

/**
 * Who wrote a record, as a person reads it: name and unit (张三（董家河镇）).
 * Records carry account ids (createdBy, enteredBy, review.by); the accounts
 * this device replicates give name and unit: the subtree's own, and for
 * administrators those of the units above, who enter and review records
 * for the schools below (代录). An account id is never shown: one this
 * device does not know reads as "another unit's account". 'local' is a
 * write made before anyone signed in on this device, 'demo' the demo
 * dataset's records.
 */
export function useActorNames() {
  const { t } = useI18n();
  const db = useDatabase();
  const session = useSessionStore();
  const { byId: units } = useOrgTree();
  const { data: accounts } = useRxQuery(
    () => null,
    () => db.accounts.find().$.pipe(map((docs) => docs.map((d) => [d.id, { name: d.displayName, orgId: d.orgId }] as const))),
    [],
  );
  const actors = computed(() => {
    const byId = new Map<string, Actor>(accounts.value);
    const me = session.user;
    if (me) byId.set(me.id, { name: me.displayName, orgId: me.orgId });
    return byId;
  });

  function actorText(actor: string): string {
    if (actor === 'local') return t('roster.actor.local');
    if (actor === DEMO_AUTHOR) return t('roster.actor.demo');
    const known = actors.value.get(actor);
    if (!known) return t('roster.actor.unknown');
    const unit = units.value.get(known.orgId)?.name;
    return unit ? t('roster.actor.withUnit', { name: known.name, unit }) : known.name;
  }

  return { actorText };
}
