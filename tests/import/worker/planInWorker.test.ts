import { describe, expect, it } from 'vitest';
import { planInWorker } from '@/import/worker/client';
import { ACTOR, cityOrgs, NOW } from '../helpers/world';
import { checkFixture, WHOLE_SCHOOL } from '../plan/helpers';
import { FakeWorker } from './fakeWorker';

/** The plan (pinyin usernames for every row) also runs off the page's thread. */
describe('planning in a worker', () => {
  it('plans with taken usernames passed as a Set', async () => {
    const result = checkFixture(WHOLE_SCHOOL, { template: 'student' });
    const worker = new FakeWorker();
    const plan = await planInWorker(
      { result, mode: 'allOrNothing', actor: ACTOR, now: NOW, orgs: cityOrgs, takenUsernames: new Set(['cuixiu']) },
      { createWorker: () => worker },
    );
    expect(plan.counts).toMatchObject({ new: 456, accounts: 456, classes: 12 });
    expect(plan.writes.accounts[0]?.requestedUsername).toBe('cuixiu2');
    expect(worker.terminated).toBe(true);
  });
});
