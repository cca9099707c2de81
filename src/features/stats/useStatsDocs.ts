import { combineLatest, map } from 'rxjs';
import { computed, type Ref } from 'vue';
import { useDatabase } from '@/db/provide';
import { inSubtree } from '@/db/selectors';
import { useRxQuery } from '@/db/useRxQuery';
import type { AccidentDoc, AccountDoc, ActivityDoc, ContentDoc, HazardDoc, InspectionDoc, OrgDoc, PersonDoc } from '@/domain/schemas';
import { hazardForStats, type StoredHazard } from '@/domain/stats';

export interface StatsDocs {
  orgs: OrgDoc[];
  people: PersonDoc[];
  accounts: AccountDoc[];
  content: ContentDoc[];
  activities: ActivityDoc[];
  hazards: ReturnType<typeof hazardForStats>[];
  /** Hazards as stored (their steps say who closed them, for points). */
  storedHazards: HazardDoc[];
  inspections: InspectionDoc[];
  /** The accident register (事故登记) of the subtree. */
  accidents: AccidentDoc[];
}

const EMPTY: StatsDocs = { orgs: [], people: [], accounts: [], content: [], activities: [], hazards: [], storedHazards: [], inspections: [], accidents: [] };
const json = <T>(docs: { toJSON(): unknown }[]) => docs.map((d) => d.toJSON() as T);

/**
 * Everything the figures of `scopePath`'s subtree are computed from, live
 * from this device's database: it works offline and follows every change
 * replication brings in.
 */
export function useStatsDocs(scopePath: Ref<string>) {
  const db = useDatabase();
  const { data, loading } = useRxQuery(
    () => scopePath.value,
    (path) => {
      const scoped = { selector: inSubtree(path) };
      return combineLatest([
        db.orgs.find(scoped).$,
        db.people.find(scoped).$,
        db.accounts.find(scoped).$,
        // Content comes from above too (special activities, notices published by the county).
        db.content.find().$,
        db.activities.find(scoped).$,
        db.hazards.find(scoped).$,
        db.inspections.find(scoped).$,
        db.accidents.find(scoped).$,
      ]).pipe(
        map(([orgs, people, accounts, content, activities, hazards, inspections, accidents]): StatsDocs => ({
          orgs: json<OrgDoc>(orgs),
          people: json<PersonDoc>(people),
          accounts: json<AccountDoc>(accounts),
          content: json<ContentDoc>(content),
          activities: json<ActivityDoc>(activities),
          hazards: json<HazardDoc>(hazards).map((h) => hazardForStats(h as StoredHazard)),
          storedHazards: json<HazardDoc>(hazards),
          inspections: json<InspectionDoc>(inspections),
          accidents: json<AccidentDoc>(accidents),
        })),
      );
    },
    EMPTY,
  );
  return { docs: computed(() => data.value), loading };
}
