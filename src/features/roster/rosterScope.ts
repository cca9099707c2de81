import { parentPathOf } from '@/domain/org/path';
import { GRADE_LABELS, type GradeCode } from '@/domain/roster/grades';
import type { OrgDoc } from '@/domain/schemas';
import type { OrgSelection } from '@/stores/orgSelection';

/**
 * What the org tree selection means for a roster list. A class selection
 * is scoped to its school's path plus the class id: teachers sit at the
 * school's path (they are not under any class), so a class's own path
 * would hide its teachers.
 */
export interface RosterScope {
  scopePath: string;
  /** The school in scope, when the selection is a school or inside one. */
  schoolId: string | null;
  grade: GradeCode | '';
  classId: string;
}

export const WHOLE_DEVICE: RosterScope = { scopePath: '/', schoolId: null, grade: '', classId: '' };

export function scopeOf(selection: OrgSelection | null, byId: ReadonlyMap<string, OrgDoc>): RosterScope {
  if (!selection) return WHOLE_DEVICE;
  switch (selection.kind) {
    case 'school':
      return { scopePath: selection.orgPath, schoolId: selection.orgId, grade: '', classId: '' };
    case 'grade':
      return { scopePath: selection.orgPath, schoolId: selection.orgId, grade: selection.grade ?? '', classId: '' };
    case 'class': {
      const unit = byId.get(selection.orgId);
      return {
        scopePath: parentPathOf(selection.orgPath),
        schoolId: unit?.parentId ?? null,
        grade: unit?.classInfo?.grade ?? '',
        classId: selection.orgId,
      };
    }
    default:
      return { scopePath: selection.orgPath, schoolId: null, grade: '', classId: '' };
  }
}

/** The listed unit as a title names it: 董家河镇中心小学, 董家河镇中心小学三年级, 董家河镇中心小学三年级一班. */
export function scopeName(selection: OrgSelection | null, byId: ReadonlyMap<string, OrgDoc>): string {
  if (!selection) return '';
  const scope = scopeOf(selection, byId);
  const school = scope.schoolId ? (byId.get(scope.schoolId)?.name ?? '') : '';
  const className = byId.get(scope.classId)?.classInfo?.className ?? '';
  if (selection.kind === 'class' || selection.kind === 'grade') return `${school}${scope.grade ? GRADE_LABELS[scope.grade] : ''}${className}`;
  return selection.name;
}
