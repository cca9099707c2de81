import { GRADE_LABELS, type GradeCode } from '@/domain/roster/grades';
import type { OrgDoc, PersonKind } from '@/domain/schemas';
import type { XiaoanDatabase } from '../types';

/**
 * Where a person sits in the org tree. Forms pick the school and the class
 * from units that exist, so grade and class name are taken from the class
 * unit, never typed: teacher and student rosters then spell a class the
 * same way (the templates' own rule).
 */
export interface Placement {
  school: OrgDoc;
  /** The student's class, or the class a teacher teaches / heads. */
  classUnit: OrgDoc | null;
  /** Students: the class's path; teachers: the school's (schema comment on PersonDoc). */
  orgPath: string;
  grade: GradeCode | '';
  className: string;
}

export class PlacementError extends Error {}

/**
 * Resolve `schoolId` / `classId` to units. A teacher may teach a grade
 * without a particular class, so `grade` is used when no class is given.
 * Unknown units are bugs in the caller (forms only offer existing ones),
 * hence exceptions rather than field errors.
 */
export async function resolvePlacement(
  db: XiaoanDatabase,
  kind: PersonKind,
  schoolId: string,
  classId: string,
  grade: GradeCode | '',
): Promise<Placement> {
  const school = (await db.orgs.findOne(schoolId).exec())?.toJSON() as OrgDoc | undefined;
  if (!school || school.kind !== 'school') throw new PlacementError(`school ${schoolId} not found`);
  let classUnit: OrgDoc | null = null;
  if (classId) {
    classUnit = ((await db.orgs.findOne(classId).exec())?.toJSON() as OrgDoc | undefined) ?? null;
    if (!classUnit?.classInfo || classUnit.parentId !== school.id) {
      throw new PlacementError(`class ${classId} is not a class of school ${schoolId}`);
    }
  }
  const info = classUnit?.classInfo;
  return {
    school,
    classUnit,
    orgPath: kind === 'student' && classUnit ? classUnit.orgPath : school.orgPath,
    grade: info?.grade ?? grade,
    className: info?.className ?? '',
  };
}

/** The grade as text for `validatePersonInput`, which parses spellings. */
export function gradeText(grade: GradeCode | ''): string {
  return grade ? GRADE_LABELS[grade] : '';
}
