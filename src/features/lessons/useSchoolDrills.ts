import { computed } from 'vue';
import { useDatabase } from '@/db/provide';
import { useRxQuery } from '@/db/useRxQuery';
import { monthKeyOf, monthlyDrillStatus, monthRange, toActivityRecord, type DrillData, type MonthlyDrillResult } from '@/domain/activities';
import type { ActivityDoc, OrgDoc, PersonDoc } from '@/domain/schemas';
import { useSessionStore } from '@/stores/session';

export interface DrillRow {
  id: string;
  happenedAt: number;
  data: DrillData;
}

/** The signed-in school account's school, its drills (应急演练) and the monthly rule for the last six months. */
export function useSchoolDrills() {
  const session = useSessionStore();
  const db = useDatabase();
  const schoolId = () => session.user?.orgId ?? '';
  const { data: schoolDoc } = useRxQuery(schoolId, (id) => db.orgs.findOne(id || '-').$, null);
  const school = computed(() => {
    const doc = schoolDoc.value?.toJSON() as OrgDoc | undefined;
    return doc?.kind === 'school' ? doc : null;
  });
  const { data: drillDocs } = useRxQuery(schoolId, (id) => db.activities.find({ selector: { kind: 'drill', subjectId: id || '-', deletedAt: 0 } }).$, []);
  const { data: classDocs } = useRxQuery(schoolId, (id) => db.orgs.find({ selector: { kind: 'class', parentId: id || '-', deletedAt: 0 } }).$, []);
  const { data: studentDocs } = useRxQuery(schoolId, (id) => db.people.find({ selector: { kind: 'student', schoolId: id || '-', deletedAt: 0 } }).$, []);

  const drills = computed<DrillRow[]>(() =>
    drillDocs.value
      .flatMap((d) => {
        const record = toActivityRecord(d.toJSON() as ActivityDoc);
        return record?.kind === 'drill' ? [{ id: record.id, happenedAt: record.happenedAt, data: record.data }] : [];
      })
      .sort((a, b) => b.happenedAt - a.happenedAt),
  );
  const classes = computed(() => {
    const counts = new Map<string, number>();
    for (const d of studentDocs.value) {
      const p = d.toJSON() as PersonDoc;
      counts.set(p.classId, (counts.get(p.classId) ?? 0) + 1);
    }
    return classDocs.value
      .map((d) => d.toJSON() as OrgDoc)
      .sort((a, b) => a.sortKey.localeCompare(b.sortKey, 'zh-CN'))
      .map((c) => ({ id: c.id, name: c.name, students: counts.get(c.id) ?? 0 }));
  });
  /** The current month and the five before it, newest first. */
  const months = computed<{ month: string; result: MonthlyDrillResult }[]>(() => {
    const now = Date.now();
    const records = drillDocs.value.map((d) => d.toJSON() as ActivityDoc);
    const list: { month: string; result: MonthlyDrillResult }[] = [];
    let month = monthKeyOf(now);
    for (let i = 0; i < 6; i++) {
      list.push({ month, result: monthlyDrillStatus(records, month, now) });
      month = monthKeyOf(monthRange(month).start - 1);
    }
    return list;
  });
  return { school, drills, classes, months };
}
