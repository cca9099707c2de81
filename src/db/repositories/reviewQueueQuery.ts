import type { MangoQuery } from 'rxdb';
import { OPEN_SUBMISSION_STATUSES } from '@/domain/roster/reviewQueue';
import type { PersonDoc } from '@/domain/schemas';
import { startingWith } from '../selectors';

/** Live records waiting for review in a subtree (teachers and students alike), along the orgPath index. */
export function pendingReviewQuery(scopePath: string): MangoQuery<PersonDoc> {
  return {
    selector: { orgPath: startingWith(scopePath), deletedAt: 0, 'review.status': 'pending' },
    sort: [{ orgPath: 'asc' }, { id: 'asc' }],
  };
}

/** The live records `actor` entered that are not approved yet (the "my submissions" view). */
export function openSubmissionsQuery(actor: string): MangoQuery<PersonDoc> {
  return {
    selector: { enteredBy: actor, deletedAt: 0, 'review.status': { $in: [...OPEN_SUBMISSION_STATUSES] } },
  };
}
