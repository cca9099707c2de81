import { ref, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { saveFile } from '@/features/shared/saveFile';
import { recordAudit } from '@/db/repositories/audit';
import { useWriteContext } from '@/features/shared/useWriteContext';
import { isWithin } from '@/domain/org/path';
import type { IdentityDoc, PersonDoc, PersonKind } from '@/domain/schemas';
import { useOrgTree } from '@/features/shared/useOrgTree';
import { useSessionStore } from '@/stores/session';

/**
 * Export the listed people to Excel in the government template's layout
 * (re-importing a school's file changes nothing). The title names the
 * listed unit; above school level every row names its school (and
 * township …). Full ID numbers go into the file only for roles that hold
 * identities; every export is written to the audit log with who, when and
 * how many rows.
 */
export function useRosterExport(kind: Ref<PersonKind>, scopePath: Ref<string>, unitName: Ref<string>) {
  const { t } = useI18n();
  const ctx = useWriteContext();
  const session = useSessionStore();
  const { units } = useOrgTree();
  // The record is kept at the listed unit, or at the user's own unit when
  // the list shows a wider tree (ancestors' names): the server refuses
  // writes above one's own unit.
  const auditPath = () => {
    const own = session.user?.orgPath ?? '/';
    return isWithin(scopePath.value, own) ? scopePath.value : own;
  };
  const exporting = ref(false);

  async function exportRows(people: readonly PersonDoc[]): Promise<number> {
    exporting.value = true;
    try {
      const identities = await ctx.db.identities.findByIds(people.map((p) => p.id)).exec();
      const entries = people.map((person) => {
        const identity = identities.get(person.id)?.toJSON() as IdentityDoc | undefined;
        return identity ? { person, identity } : { person };
      });
      // SheetJS is large: loaded only when someone exports.
      const { exportPeople } = await import('@/import');
      const title = t(`roster.export.title.${kind.value}`, { unit: unitName.value });
      const bytes = exportPeople(kind.value, entries, units.value, { scopePath: scopePath.value, title });
      const withIdNumbers = entries.filter((e) => e.identity?.idNumber).length;
      await recordAudit(ctx, {
        kind: 'export',
        action: `roster.${kind.value}`,
        rowCount: entries.length,
        orgPath: auditPath(),
        detail: { withIdNumbers },
      });
      saveFile(bytes, t('roster.export.fileName', { title, date: new Date().toISOString().slice(0, 10) }));
      return entries.length;
    } finally {
      exporting.value = false;
    }
  }

  return { exporting, exportRows };
}
