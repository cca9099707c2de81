/** Administrative levels, top to bottom, then the units inside a school. */
export const ADMIN_LEVELS = ['province', 'city', 'county', 'township', 'school'] as const;
export const ORG_KINDS = [...ADMIN_LEVELS, 'class'] as const;

export type AdminLevel = (typeof ADMIN_LEVELS)[number];
export type OrgKind = (typeof ORG_KINDS)[number];

/**
 * Which kinds of unit may hang directly under a unit of each kind.
 * City-direct schools (市直属) hang under a city, province-direct schools
 * under the province; a county may run its own schools too.
 */
export const CHILD_KINDS: Record<OrgKind, readonly OrgKind[]> = {
  province: ['city', 'school'],
  city: ['county', 'school'],
  county: ['township', 'school'],
  township: ['school'],
  school: ['class'],
  class: [],
};

export function canContain(parent: OrgKind, child: OrgKind): boolean {
  return CHILD_KINDS[parent].includes(child);
}

/** Depth of an administrative level: province 0 … school 4. */
export function levelRank(kind: OrgKind): number {
  return ORG_KINDS.indexOf(kind);
}
