import { computed } from 'vue';
import { isWithin } from '@/domain/org/path';
import type { OrgDoc } from '@/domain/schemas';
import { useOrgTree } from '@/features/shared/useOrgTree';
import { useOrgSelectionStore } from '@/stores/orgSelection';
import { useSessionStore } from '@/stores/session';

/**
 * The schools a teacher or student file may be imported into: those in the
 * signed-in administrator's subtree. The org tree's selection (a school,
 * or a grade or class inside one) suggests the target.
 */
export function useImportSchools() {
  const session = useSessionStore();
  const store = useOrgSelectionStore();
  const { units, byId } = useOrgTree();
  const schools = computed<OrgDoc[]>(() =>
    units.value.filter((u) => u.kind === 'school' && isWithin(u.orgPath, session.user?.orgPath ?? '/')),
  );
  const suggested = computed<string | null>(() => {
    const selection = store.selection;
    const inSchools = (id: string | undefined) => (id && schools.value.some((s) => s.id === id) ? id : null);
    if (selection?.kind === 'school' || selection?.kind === 'grade') return inSchools(selection.orgId);
    if (selection?.kind === 'class') return inSchools(byId.value.get(selection.orgId)?.parentId);
    return schools.value.length === 1 ? (schools.value[0]?.id ?? null) : null;
  });
  return { schools, suggested, byId };
}
