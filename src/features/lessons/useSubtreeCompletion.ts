import { computed } from 'vue';
import { useDatabase } from '@/db/provide';
import { useRxQuery } from '@/db/useRxQuery';
import {
  classCompletion, noticeTask, parseSpecialActivityBody, specialActivityIncludesClass, specialActivityTask, sumCompletion, toActivityRecord,
  windowPhase, type CompletionCount, type CompletionTask, type WindowPhase,
} from '@/domain/activities';
import { isWithin } from '@/domain/org/path';
import type { ActivityDoc, ContentDoc, OrgDoc, PersonDoc } from '@/domain/schemas';
import { useSessionStore } from '@/stores/session';

export interface PublishedTask {
  doc: ContentDoc;
  phase: WindowPhase;
  /** Summed over the classes of the user's subtree that take part (numerators and denominators added). */
  completion: CompletionCount;
  classes: number;
}

/** Special activities and notices an administrator sees, with completion over their subtree's classes. */
export function useSubtreeCompletion() {
  const session = useSessionStore();
  const db = useDatabase();
  const own = () => session.user?.orgPath ?? '-';
  const { data: contentDocs } = useRxQuery(
    () => null,
    () => db.content.find({ selector: { kind: { $in: ['special_activity', 'notice'] }, deletedAt: 0 } }).$,
    [],
  );
  const { data: classDocs } = useRxQuery(() => null, () => db.orgs.find({ selector: { kind: 'class', deletedAt: 0 } }).$, []);
  const { data: peopleDocs } = useRxQuery(() => null, () => db.people.find({ selector: { kind: 'student' } }).$, []);
  const { data: activityDocs } = useRxQuery(
    () => null,
    () => db.activities.find({ selector: { kind: { $in: ['lesson_session', 'completion', 'attempt', 'acknowledgement'] }, deletedAt: 0 } }).$,
    [],
  );

  const tasks = computed<PublishedTask[]>(() => {
    const now = Date.now();
    const people = peopleDocs.value.map((d) => d.toJSON() as PersonDoc);
    const records = activityDocs.value.flatMap((d) => toActivityRecord(d.toJSON() as ActivityDoc) ?? []);
    const classes = classDocs.value.map((d) => d.toJSON() as OrgDoc).filter((c) => isWithin(c.orgPath, own()));
    return contentDocs.value
      .map((d) => d.toJSON() as ContentDoc)
      .flatMap((doc) => {
        let task: CompletionTask;
        let taking: OrgDoc[];
        if (doc.kind === 'special_activity') {
          const parsed = parseSpecialActivityBody(doc.body);
          if (!parsed.ok) return [];
          task = specialActivityTask(doc, parsed.activity);
          taking = classes.filter((c) => c.classInfo && specialActivityIncludesClass(doc.orgPath, parsed.activity, { orgPath: c.orgPath, grade: c.classInfo.grade }));
        } else {
          task = noticeTask(doc);
          taking = classes.filter((c) => isWithin(c.orgPath, doc.orgPath));
        }
        const completion = sumCompletion(taking.map((c) => classCompletion(task, c.id, people, records, now)));
        return [{ doc, phase: windowPhase(task.window, now), completion, classes: taking.length }];
      })
      .sort((a, b) => b.doc.startsAt - a.doc.startsAt);
  });
  return { tasks };
}
