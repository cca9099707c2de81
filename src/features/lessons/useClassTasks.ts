import { computed, type Ref } from 'vue';
import { useDatabase } from '@/db/provide';
import { useRxQuery } from '@/db/useRxQuery';
import {
  assignmentTask, classCompletion, noticeTask, parseAssignmentBody, parseSpecialActivityBody, specialActivityIncludesClass,
  specialActivityTask, toActivityRecord, windowPhase, type ActivityRecord, type ClassCompletion, type CompletionTask, type WindowPhase,
} from '@/domain/activities';
import { isWithin } from '@/domain/org/path';
import type { ActivityDoc, ContentDoc, OrgDoc, PersonDoc } from '@/domain/schemas';

/** One thing the class is asked to do, with its completion (the domain's rule). */
export interface ClassTask {
  doc: ContentDoc;
  task: CompletionTask;
  /** The lesson to open, for assignments and activities that include one. */
  lessonId: string;
  phase: WindowPhase;
  completion: ClassCompletion;
}

function taskOf(doc: ContentDoc, klass: OrgDoc): { task: CompletionTask; lessonId: string } | null {
  if (doc.kind === 'assignment') {
    const parsed = parseAssignmentBody(doc.body);
    return parsed.ok ? { task: assignmentTask(doc, parsed.assignment), lessonId: parsed.assignment.lessonId } : null;
  }
  if (doc.kind === 'notice') return { task: noticeTask(doc), lessonId: '' };
  if (doc.kind === 'special_activity' && klass.classInfo) {
    const parsed = parseSpecialActivityBody(doc.body);
    if (!parsed.ok || !specialActivityIncludesClass(doc.orgPath, parsed.activity, { orgPath: klass.orgPath, grade: klass.classInfo.grade })) return null;
    const lessonId = parsed.activity.steps.flatMap((s) => (s.kind === 'acknowledgement' ? [] : [s.lessonId]))[0] ?? '';
    return { task: specialActivityTask(doc, parsed.activity), lessonId };
  }
  return null;
}

/**
 * A class's assignments, notices and special activities (published at the
 * class or above it), each with the class's completion now, and the class's
 * records (for the teacher's results report).
 */
export function useClassTasks(klass: Ref<OrgDoc | null>) {
  const db = useDatabase();
  const path = () => klass.value?.orgPath ?? '-';
  const { data: contentDocs } = useRxQuery(
    () => null,
    () => db.content.find({ selector: { kind: { $in: ['assignment', 'notice', 'special_activity'] }, status: 'published', deletedAt: 0 } }).$,
    [],
  );
  const { data: activityDocs } = useRxQuery(path, (p) => db.activities.find({ selector: { orgPath: p, deletedAt: 0 } }).$, []);
  const { data: peopleDocs } = useRxQuery(path, (p) => db.people.find({ selector: { orgPath: p } }).$, []);

  const records = computed<ActivityRecord[]>(() => activityDocs.value.flatMap((d) => toActivityRecord(d.toJSON() as ActivityDoc) ?? []));
  const people = computed(() => peopleDocs.value.map((d) => d.toJSON() as PersonDoc));
  const tasks = computed<ClassTask[]>(() => {
    const unit = klass.value;
    if (!unit) return [];
    const now = Date.now();
    return contentDocs.value
      .map((d) => d.toJSON() as ContentDoc)
      .filter((doc) => isWithin(unit.orgPath, doc.orgPath))
      .flatMap((doc) => {
        const found = taskOf(doc, unit);
        if (!found) return [];
        const completion = classCompletion(found.task, unit.id, people.value, records.value, now);
        return [{ doc, ...found, phase: windowPhase(found.task.window, now), completion }];
      })
      .sort((a, b) => b.doc.startsAt - a.doc.startsAt);
  });
  return { tasks, records, people };
}
