import { computed } from 'vue';
import type { HazardActor } from '@/domain/hazards';
import { useSelectedUnit } from '@/features/shared/useSelectedUnit';
import { useSessionStore } from '@/stores/session';

/**
 * Who acts on hazards (the signed-in account, as the lifecycle sees it) and
 * the school an inspection is for: the user's own school, or the school
 * selected in the org tree for someone above (代查).
 */
export function useHazardActor() {
  const session = useSessionStore();
  const { unit, byId } = useSelectedUnit();
  const actor = computed<HazardActor | null>(() =>
    session.user ? { id: session.user.id, role: session.user.role, personId: session.user.personId } : null,
  );
  const school = computed(() => {
    const own = session.user ? byId.value.get(session.user.orgId) : undefined;
    if (own?.kind === 'school') return own;
    return unit.value?.kind === 'school' ? unit.value : null;
  });
  return { actor, school, user: computed(() => session.user) };
}
