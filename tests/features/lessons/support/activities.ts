import { publishContent } from '@/db/repositories/education';
import type { ActivityStep } from '@/domain/activities';
import type { ContentDoc } from '@/domain/schemas';
import type { RosterFixture } from '../../../db/support/rosterFixture';

const DAY = 86_400_000;

/** A special activity (专项活动) published by the county, running from yesterday to tomorrow. */
export function publishCountyActivity(f: RosterFixture, title: string, description: string, steps: ActivityStep[]): Promise<ContentDoc> {
  const now = Date.now();
  return publishContent(f.ctx, {
    kind: 'special_activity',
    orgPath: f.county.orgPath,
    title,
    topic: 'drowning',
    startsAt: now - DAY,
    endsAt: now + DAY,
    body: { description, bands: [], steps },
  });
}
