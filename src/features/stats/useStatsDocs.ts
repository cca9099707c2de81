import { combineLatest, map } from 'rxjs';
import { computed, type Ref } from 'vue';
import { useDatabase } from '@/db/provide';
import { inSubtree } from '@/db/selectors';
import { useRxQuery } from '@/db/useRxQuery';
import type { AccountDoc, ActivityDoc, ContentDoc, OrgDoc, PersonDoc } from '@/domain/schemas';
import { hazardForStats, type StoredHazard } from '@/domain/stats';

export interface StatsDocs {
  orgs: OrgDoc[];
  people: PersonDoc[];
  accounts: AccountDoc[];
  content: ContentDoc[];
  activities: ActivityDoc[];
  hazards: ReturnType<typeof hazardForStats>[];
}

const EMPTY: StatsDocs = { orgs: [], people: [], accounts: [], content: [], activities: [], hazards: [] };
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
      ]).pipe(
        map(([orgs, people, accounts, content, activities, hazards]): StatsDocs => ({
          orgs: json<OrgDoc>(orgs),
          people: json<PersonDoc>(people),
          accounts: json<AccountDoc>(accounts),
          content: json<ContentDoc>(content),
          activities: json<ActivityDoc>(activities),
          hazards: json<StoredHazard>(hazards).map(hazardForStats),
        })),
      );
    },
    EMPTY,
  );
  return { docs: computed(() => data.value), loading };
}
