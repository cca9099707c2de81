import { canWriteCollection } from '@/domain/auth/permissions';
import type { Principal } from '@/domain/auth/principal';
import { isAdminRole } from '@/domain/auth/roles';
import { HAZARD_WORKERS, TEMPLATE_PUBLISHERS } from '@/domain/hazards';

/** One page in the navigation: its path (also the menu index) and the i18n key of its label. */
export interface NavLink {
  index: string;
  label: string;
}

/** A top-level entry: one page, or a group of pages under a heading. */
export interface NavEntry {
  key: string;
  label: string;
  links: NavLink[];
}

/**
 * The navigation a role sees, grouped by area so that a county administrator's fifteen pages fit one
 * header line at 1366 px (a flat menu folded its last pages away behind "…"). Labels are i18n keys.
 */
export function navigationFor(user: Principal): NavEntry[] {
  const role = user.role;
  if (role === 'classroom') return [single('/class-device', 'lessons.navDevice')];
  if (role === 'student') return [single('/my-lessons', 'lessons.myLessons'), single('/lessons', 'lessons.library'), single('/settings', 'nav.settings')];
  const admin = isAdminRole(role);
  const entries: NavEntry[] = [];
  if (role === 'safety_leader') entries.push(single('/safety', 'hazards.nav.home'));
  if (role === 'teacher') entries.push(single('/today', 'lessons.today'));
  entries.push(
    group('education', [
      link('/lessons', 'lessons.library'),
      ...(admin || role === 'safety_leader' ? [link('/activities', 'lessons.activities')] : []),
      ...(role === 'school_admin' || role === 'safety_leader' ? [link('/drills', 'lessons.drills')] : []),
    ]),
    group('roster', [
      link('/roster/students', 'nav.students'),
      link('/roster/teachers', 'nav.teachers'),
      // Whoever enters or reviews records: the review queue and their own submissions.
      ...(canWriteCollection(user, 'people') ? [link('/review', 'review.nav')] : []),
      ...(admin ? [link('/import', 'importUi.nav')] : []),
    ]),
  );
  if (HAZARD_WORKERS.includes(role)) {
    entries.push(
      group('hazards', [
        link('/inspections', 'hazards.nav.inspections'),
        link('/hazards', 'hazards.nav.hazards'),
        ...(role === 'teacher' ? [] : [link('/accidents', 'hazards.nav.accidents')]),
        ...(TEMPLATE_PUBLISHERS.includes(role) ? [link('/checklists', 'hazards.checklists.nav')] : []),
      ]),
    );
  }
  if (admin) entries.push(single('/stats', 'stats.nav'));
  entries.push(
    group('admin', [
      link('/orgs', 'nav.orgs'),
      ...(admin ? [link('/accounts', 'nav.accounts'), link('/conflicts', 'nav.conflicts')] : []),
    ]),
    single('/settings', 'nav.settings'),
  );
  return entries;
}

/** The menu index of the page `path` belongs to (the longest matching link), or the path itself. */
export function activeIndex(entries: readonly NavEntry[], path: string): string {
  const matches = entries.flatMap((e) => e.links).filter((l) => path.startsWith(l.index));
  return matches.sort((a, b) => b.index.length - a.index.length)[0]?.index ?? path;
}

function link(index: string, label: string): NavLink {
  return { index, label };
}

function single(index: string, label: string): NavEntry {
  return { key: index, label, links: [link(index, label)] };
}

function group(key: string, links: NavLink[]): NavEntry {
  return { key, label: `nav.groups.${key}`, links };
}
