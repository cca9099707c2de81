import { computed, shallowRef } from 'vue';
import { useDatabase } from '@/db/provide';
import { useRxQuery } from '@/db/useRxQuery';
import { isLessonTopic, parseLessonBody, type Lesson } from '@/domain/lessons';
import type { ContentDoc } from '@/domain/schemas';

/** The built-in library, loaded once per page (its chunk is precached, so this works offline). */
const builtIn = shallowRef<readonly Lesson[]>([]);
let loading: Promise<void> | undefined;
function loadBuiltIn(): Promise<void> {
  loading ??= import('@/domain/lessons/library').then((m) => {
    builtIn.value = m.BUILT_IN_LESSONS;
  });
  return loading;
}

/** A published lesson document as a Lesson, or nothing when its body does not parse. */
function toLesson(doc: ContentDoc): Lesson[] {
  const parsed = parseLessonBody(doc.body);
  return parsed.ok && isLessonTopic(doc.topic) ? [{ id: doc.id, title: doc.title, topic: doc.topic, body: parsed.lesson }] : [];
}

/** Every lesson this user may read: the built-in library, then lessons published to their units. */
export function useLessonCatalogue() {
  void loadBuiltIn();
  const db = useDatabase();
  const { data: docs } = useRxQuery(
    () => null,
    () => db.content.find({ selector: { kind: 'lesson', status: 'published', deletedAt: 0 } }).$,
    [],
  );
  const lessons = computed<Lesson[]>(() => [...builtIn.value, ...docs.value.flatMap((d) => toLesson(d.toJSON() as ContentDoc))]);
  const byId = computed(() => new Map(lessons.value.map((l) => [l.id, l])));
  return { lessons, byId, ready: loadBuiltIn };
}
