import { childPath, classSortKey, gradeLabel, type GradeCode, type OrgDoc } from '@/domain';
import { stampNew, type Stamper } from './stamp';

/**
 * The classes rows are placed in: existing class units by (school, grade,
 * class name), and new ones created once per import when missing. Named
 * like the app names them (三年级二班, src/db classDisplayName).
 */
export class ClassRegistry {
  private readonly byKey = new Map<string, OrgDoc>();
  readonly created: OrgDoc[] = [];

  constructor(
    orgs: readonly OrgDoc[],
    private readonly stamper: Stamper,
  ) {
    for (const org of orgs) {
      if (org.kind === 'class' && org.classInfo && !org.deletedAt) {
        this.byKey.set(ClassRegistry.key(org.parentId, org.classInfo.grade, org.classInfo.className), org);
      }
    }
  }

  private static key(schoolId: string, grade: GradeCode, className: string): string {
    return `${schoolId}|${grade}|${className}`;
  }

  /** The class unit, created if the school does not have it yet. */
  classOf(school: OrgDoc, grade: GradeCode, className: string): OrgDoc {
    const key = ClassRegistry.key(school.id, grade, className);
    const found = this.byKey.get(key);
    if (found) return found;
    const id = this.stamper.newId('cls');
    const created: OrgDoc = {
      ...stampNew(this.stamper, id, childPath(school.orgPath, id)),
      kind: 'class',
      name: `${gradeLabel(grade)}${className}`,
      parentId: school.id,
      regionCode: '',
      sortKey: classSortKey(grade, className),
      classInfo: { grade, className },
      deletedAt: 0,
    };
    this.byKey.set(key, created);
    this.created.push(created);
    return created;
  }
}
