import type { PersonDoc } from '../schemas';

export interface ReviewStoryCast {
  schoolId: string;
  /** Who entered records for the school (代录: the township administrator). */
  entrant: string;
  /** Who reviews them (the school's administrator). */
  reviewer: string;
  now: number;
}

/** Why the school sent the demo's two records back. */
const RETURN_REASONS = ['身份证号与户籍信息不符，请核对后重新提交', '班级填写有误，应为二班'];
const PENDING = 3;

/**
 * The review queue with something in it for both sides: a few of the
 * school's students entered on its behalf by the township (代录), three
 * waiting for the school's review and two returned with a reason — so the
 * school sees whose entries it reviews and the township sees its returned
 * records in 我的提交. Deterministic: the school's first students, in order.
 */
export function withReviewStories(people: readonly PersonDoc[], cast: ReviewStoryCast): PersonDoc[] {
  const chosen = people.filter((p) => p.schoolId === cast.schoolId && p.kind === 'student').slice(0, PENDING + RETURN_REASONS.length);
  const story = new Map(chosen.map((p, i) => [p.id, i]));
  return people.map((person) => {
    const i = story.get(person.id);
    if (i === undefined) return person;
    const reason = i < PENDING ? '' : (RETURN_REASONS[i - PENDING] ?? '');
    const review = reason
      ? { status: 'returned' as const, reason, by: cast.reviewer, at: cast.now }
      : { status: 'pending' as const, reason: '', by: cast.entrant, at: cast.now };
    return { ...person, enteredBy: cast.entrant, createdBy: cast.entrant, review };
  });
}
