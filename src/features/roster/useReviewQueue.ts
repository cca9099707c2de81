import { computed, type Ref } from 'vue';
import { map } from 'rxjs';
import { useDatabase } from '@/db/provide';
import { openSubmissionsQuery, pendingReviewQuery } from '@/db/repositories/reviewQueueQuery';
import { useRxQuery } from '@/db/useRxQuery';
import { approvalBatch, submissionOrder } from '@/domain/roster/reviewQueue';
import type { PersonDoc } from '@/domain/schemas';
import { useOrgTree } from '@/features/shared/useOrgTree';
import { useWriteContext } from '@/features/shared/useWriteContext';
import { sortPeople } from './rosterRows';
import { useRosterText } from './useRosterText';

/** One line of the review queue: the record plus where it sits, as text. */
export interface QueueRow extends PersonDoc {
  unitText: string;
}

const asDocs = map((docs: { toJSON(): unknown }[]) => docs.map((d) => d.toJSON() as PersonDoc));

/**
 * The two lists of the review page: what waits for review in the selected
 * subtree (for a reviewer), and what the signed-in user entered and is
 * not approved yet (for the entrant), returned records first.
 */
export function useReviewQueue(scopePath: Ref<string>) {
  const db = useDatabase();
  const { actor } = useWriteContext();
  const { byId } = useOrgTree();
  const { gradeText, classText } = useRosterText();

  const { data: pendingDocs } = useRxQuery(scopePath, (path) => db.people.find(pendingReviewQuery(path)).$.pipe(asDocs), []);
  const { data: mineDocs } = useRxQuery(
    () => actor,
    (me) => db.people.find(openSubmissionsQuery(me)).$.pipe(asDocs),
    [],
  );

  function withUnit(doc: PersonDoc): QueueRow {
    const school = byId.value.get(doc.schoolId)?.name ?? '';
    return { ...doc, unitText: [school, [gradeText(doc.grade), classText(doc.className)].filter(Boolean).join(' ')].filter(Boolean).join(' · ') };
  }

  const pending = computed(() => sortPeople(pendingDocs.value).map(withUnit));
  const mine = computed(() => submissionOrder(mineDocs.value).map(withUnit));
  const batch = computed(() => approvalBatch(pendingDocs.value, actor));
  const returnedCount = computed(() => mineDocs.value.filter((d) => d.review.status === 'returned').length);

  return { actor, pending, mine, batch, returnedCount };
}
