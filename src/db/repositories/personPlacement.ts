import type { PersonInput } from '@/domain/roster/personInput';
import type { OrgDoc } from '@/domain/schemas';
import type { XiaoanDatabase } from '../types';

/**
 * Where a person sits in the org tree. Forms pick the school and the class
 * from units that exist, so the class name is taken from the class unit,
 * never typed: teacher and student rosters then spell a class the same way
 * (the templates' own rule).
 */
export interface Placement {
  school: OrgDoc;
  /** The student's class, or the class a teacher teaches / heads. */
  classUnit: OrgDoc | null;
  /** Students: the class's path; teachers: the school's (schema comment on PersonDoc). */
  orgPath: string;
  className: string;
}

export class PlacementError extends Error {}

/**
 * Resolve the input's school and class to units. A teacher may teach a
 * grade without a particular class, so the grade stands alone when no
 * class is given; with a class it must be the class's grade. Unknown or
 * mismatched units are bugs in the caller (forms only offer existing
 * classes of the chosen grade), hence exceptions rather than field errors.
 */
export async function resolvePlacement(
  db: XiaoanDatabase,
  input: Pick<PersonInput, 'kind' | 'schoolId' | 'classId' | 'grade'>,
): Promise<Placement> {
  const { kind, schoolId, classId, grade } = input;
  const school = (await db.orgs.findOne(schoolId).exec())?.toJSON() as OrgDoc | undefined;
  if (!school || school.kind !== 'school') throw new PlacementError(`school ${schoolId} not found`);
  let classUnit: OrgDoc | null = null;
  if (classId) {
    classUnit = ((await db.orgs.findOne(classId).exec())?.toJSON() as OrgDoc | undefined) ?? null;
    if (!classUnit?.classInfo || classUnit.parentId !== school.id) {
      throw new PlacementError(`class ${classId} is not a class of school ${schoolId}`);
    }
    if (classUnit.classInfo.grade !== grade) {
      throw new PlacementError(`class ${classId} is in grade ${classUnit.classInfo.grade}, not ${grade || '(none)'}`);
    }
  }
  return {
    school,
    classUnit,
    orgPath: kind === 'student' && classUnit ? classUnit.orgPath : school.orgPath,
    className: classUnit?.classInfo?.className ?? '',
  };
}
