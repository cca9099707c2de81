import { computed, shallowRef, type ComputedRef } from 'vue';
import { useSessionStore } from '@/stores/session';

/** Whose learning a lesson on this screen records: a student's own account, or a student signed in on the classroom computer. */
export interface Learner {
  /** The student's person id: the subject of their records. */
  subjectId: string;
  /** Their class's path, where their records live. */
  orgPath: string;
  name: string;
}

/**
 * The student signed in on the classroom computer (picked their name and
 * entered their PIN). Memory only: a reload, 换人 or the idle timer signs
 * them out, and nothing of theirs stays on screen. Their records are in the
 * device's database already, so signing out never loses any.
 */
export const classroomStudent = shallowRef<Learner | null>(null);

export function useLearner(): ComputedRef<Learner | null> {
  const session = useSessionStore();
  return computed(() => {
    const user = session.user;
    if (user?.role === 'student') return { subjectId: user.personId, orgPath: user.orgPath, name: user.displayName };
    if (user?.role === 'classroom') return classroomStudent.value;
    return null;
  });
}
