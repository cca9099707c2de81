import { computed } from 'vue';
import { useDatabase } from '@/db/provide';
import { useRxQuery } from '@/db/useRxQuery';
import {
  BUILT_IN_CHECKLISTS, effectiveItems, latestVersions, parseChecklistBody, type ChecklistExtension, type ChecklistTemplate,
  type EffectiveItem,
} from '@/domain/hazards';

/**
 * The checklists this device knows: the built-in templates, versions
 * published from above and the school's own extensions (content of kind
 * 'checklist', replicated like any content).
 */
export function useChecklists() {
  const db = useDatabase();
  const { data: docs } = useRxQuery(
    () => null,
    () => db.content.find({ selector: { kind: 'checklist', status: 'published', deletedAt: 0 } }).$,
    [],
  );
  // Nearest publisher first. Versions are documents per publisher; should the county and a level
  // above it both publish the same version number (one offline, unaware of the other), the school's
  // nearest publisher's is the one offered and the one an inspection on that number shows.
  const nearestFirst = computed(() => [...docs.value].sort((a, b) => b.orgPath.length - a.orgPath.length));
  const bodies = computed(() =>
    nearestFirst.value.flatMap((d) => {
      const parsed = parseChecklistBody(d.toMutableJSON().body);
      return parsed.ok ? [parsed.value] : [];
    }),
  );
  const all = computed<ChecklistTemplate[]>(() => [
    ...BUILT_IN_CHECKLISTS,
    ...bodies.value.filter((b): b is ChecklistTemplate => b.type === 'template'),
  ]);
  const extensions = computed(() => bodies.value.filter((b): b is ChecklistExtension => b.type === 'extension'));
  /** What a new inspection offers: the newest version of each template. */
  const current = computed(() => latestVersions(all.value));

  /** The template version an inspection started on, with the school's items. */
  function itemsOf(templateId: string, version: number): { template: ChecklistTemplate; items: EffectiveItem[] } | null {
    const template = all.value.find((t) => t.templateId === templateId && t.version === version);
    return template ? { template, items: effectiveItems(template, extensions.value) } : null;
  }

  return { current, itemsOf };
}
