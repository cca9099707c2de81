import type { ScoredEvent } from './compute';

/**
 * The scoring events the product records, read from replicated documents;
 * the actor is the account that wrote the record (`createdBy`).
 * - classroom_session: a whole-class lesson session (its `data.minutes`
 *   when the recording device measured it; without it the 15-minute rule
 *   is not met);
 * - drill: an emergency drill record;
 * - inspection: a completed inspection (隐患排查) record;
 * - rectification: a hazard closed (销号), credited to whoever closed it;
 * - assignment_completed: a teacher's assignment and how many distinct
 *   students completed its lesson within the window, with the days it took.
 * Sign-ins are not replicated documents: the server records them and
 * hands them out as sign-in days (signIns.ts).
 */
type Doc = { id: string; createdBy: string; deletedAt: number };
type Activity = Doc & { kind: string; refId: string; subjectId: string; happenedAt: number; data: Record<string, unknown> };
type Hazard = Doc & { status: string; steps: { status: string; by: string; at: number }[] };
type Inspection = Doc & { status: string; completedAt: number };
type Assignment = Doc & { kind: string; startsAt: number; body: Record<string, unknown> };

const DAY = 24 * 60 * 60 * 1000;

export interface EventDocs {
  activities: readonly Activity[];
  hazards?: readonly Hazard[];
  inspections?: readonly Inspection[];
  content?: readonly Assignment[];
}

export function eventsFromDocs(docs: EventDocs): ScoredEvent[] {
  const events: ScoredEvent[] = [];
  const activities = docs.activities.filter((a) => a.deletedAt === 0);
  for (const a of activities) {
    if (a.kind === 'lesson_session') {
      const minutes = typeof a.data.minutes === 'number' ? a.data.minutes : undefined;
      events.push({ id: a.id, actorId: a.createdBy, event: 'classroom_session', at: a.happenedAt, minutes });
    } else if (a.kind === 'drill') {
      events.push({ id: a.id, actorId: a.createdBy, event: 'drill', at: a.happenedAt });
    }
  }
  for (const i of docs.inspections ?? []) {
    // A draft is not an inspection yet: it scores when completed.
    if (i.deletedAt === 0 && i.status === 'completed') events.push({ id: i.id, actorId: i.createdBy, event: 'inspection', at: i.completedAt });
  }
  for (const h of docs.hazards ?? []) {
    const closed = h.status === 'closed' && h.deletedAt === 0 ? h.steps.filter((s) => s.status === 'closed').slice(-1)[0] : undefined;
    if (closed) events.push({ id: h.id, actorId: closed.by, event: 'rectification', at: closed.at });
  }
  for (const c of docs.content ?? []) {
    if (c.kind !== 'assignment' || c.deletedAt !== 0 || typeof c.body.lessonId !== 'string') continue;
    // When the n-th distinct student completed the lesson, counted from the assignment's start.
    const done = activities
      .filter((a) => a.kind === 'completion' && a.refId === c.body.lessonId && a.happenedAt >= c.startsAt)
      .sort((x, y) => x.happenedAt - y.happenedAt);
    const students = new Map<string, number>();
    for (const a of done) if (!students.has(a.subjectId)) students.set(a.subjectId, a.happenedAt);
    const times = [...students.values()];
    const tenth = times[9];
    events.push({
      id: c.id, actorId: c.createdBy, event: 'assignment_completed', at: c.startsAt, count: times.length,
      days: tenth === undefined ? undefined : Math.ceil((tenth - c.startsAt) / DAY),
    });
  }
  return events;
}
