import type { OrgSelection } from '@/stores/orgSelection';
import type { OrgDoc } from '@/domain/schemas';
import { GRADE_LABELS, gradeOrder, type GradeCode } from '@/domain/roster/grades';

export interface OrgTreeNode {
  id: string;
  label: string;
  selection: OrgSelection;
  children: OrgTreeNode[];
}

const gradeKey = (schoolId: string, grade: GradeCode) => `grade:${schoolId}:${grade}`;

function nodeOf(org: OrgDoc): OrgTreeNode {
  return {
    id: org.id,
    label: org.name,
    selection: { orgId: org.id, orgPath: org.orgPath, kind: org.kind, name: org.name },
    children: [],
  };
}

/**
 * Turn the flat org list into the tree the sidebar shows. Classes are
 * grouped under synthetic grade nodes (grades are not stored as units:
 * a grade is just the set of its classes).
 */
export function buildOrgTree(orgs: readonly OrgDoc[]): OrgTreeNode[] {
  const nodes = new Map<string, OrgTreeNode>();
  for (const org of orgs) nodes.set(org.id, nodeOf(org));
  const roots: OrgTreeNode[] = [];
  const grades = new Map<string, OrgTreeNode>();

  for (const org of orgs) {
    const node = nodes.get(org.id);
    const parent = nodes.get(org.parentId);
    if (!node) continue;
    if (!parent) {
      roots.push(node);
      continue;
    }
    if (org.kind !== 'class' || !org.classInfo) {
      parent.children.push(node);
      continue;
    }
    const grade = org.classInfo.grade;
    const key = gradeKey(parent.id, grade);
    let gradeNode = grades.get(key);
    if (!gradeNode) {
      gradeNode = {
        id: key,
        label: GRADE_LABELS[grade],
        selection: { orgId: parent.id, orgPath: parent.selection.orgPath, kind: 'grade', name: GRADE_LABELS[grade], grade },
        children: [],
      };
      grades.set(key, gradeNode);
      parent.children.push(gradeNode);
    }
    node.label = org.classInfo.className;
    gradeNode.children.push(node);
  }
  for (const node of nodes.values()) sortChildren(node);
  return roots;
}

function sortChildren(node: OrgTreeNode): void {
  node.children.sort((a, b) => {
    if (a.selection.grade && b.selection.grade) return gradeOrder(a.selection.grade) - gradeOrder(b.selection.grade);
    return 0;
  });
}

/** The tree node of a unit (or a grade node's key), searched depth first. */
export function findTreeNode(roots: readonly OrgTreeNode[], id: string): OrgTreeNode | null {
  for (const node of roots) {
    if (node.id === id) return node;
    const inside = findTreeNode(node.children, id);
    if (inside) return inside;
  }
  return null;
}

/** The tree key of a selection: the unit's id, or the grade node's key. */
export function selectionKey(selection: OrgSelection): string {
  return selection.kind === 'grade' && selection.grade ? gradeKey(selection.orgId, selection.grade) : selection.orgId;
}
