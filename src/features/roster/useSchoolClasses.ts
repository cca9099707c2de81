import { computed, type Ref } from 'vue';
import { gradeOrder, type GradeCode } from '@/domain/roster/grades';
import type { OrgDoc } from '@/domain/schemas';
import { useOrgTree } from '@/features/shared/useOrgTree';

/**
 * A school's existing classes for grade → class pickers. Grades are the
 * ones the school has classes in (a grade is just the set of its classes),
 * so nobody can pick a class that does not exist.
 */
export function useSchoolClasses(schoolId: Ref<string | null>) {
  const { units, byId } = useOrgTree();
  const classes = computed<OrgDoc[]>(() =>
    schoolId.value ? units.value.filter((u) => u.kind === 'class' && u.parentId === schoolId.value && u.classInfo) : [],
  );
  const grades = computed<GradeCode[]>(() => {
    const set = new Set<GradeCode>();
    for (const c of classes.value) if (c.classInfo) set.add(c.classInfo.grade);
    return [...set].sort((a, b) => gradeOrder(a) - gradeOrder(b));
  });
  function classesOf(grade: GradeCode | ''): OrgDoc[] {
    return grade ? classes.value.filter((c) => c.classInfo?.grade === grade) : classes.value;
  }
  /** Schools on this device, for a form opened above school level. */
  const schools = computed<OrgDoc[]>(() => units.value.filter((u) => u.kind === 'school'));
  return { classes, grades, classesOf, schools, byId };
}
