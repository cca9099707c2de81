import { ORG_KINDS, type OrgKind } from '../org/levels';
import type { StaffPoints } from '../points/schoolPoints';
import type { UnitFigures } from '../stats/figures';
import { defineSchema, enumField, shortText, timestamp, type BaseDoc } from './base';
import type { CollectionDefinition } from './jsonSchema';

/**
 * A unit's statistics as the server keeps them (rollups): the figures of
 * the unit's whole subtree, computed by the same domain functions a device
 * uses (`domain/stats`). Written only by the server, replicated read-only
 * to administrators, so county and higher administrators — who need not
 * hold every student — read current figures, offline once fetched.
 *
 * `children` lists the child units whose figures an administrative unit
 * sums, so an update re-adds one unit's children instead of rescanning
 * its subtree. Placed at the unit's own path.
 */
export interface StatsDoc extends BaseDoc {
  unitId: string;
  unitKind: OrgKind;
  parentId: string;
  children: string[];
  figures: UnitFigures;
  /** When the figures were computed (the server's clock). */
  asOf: number;
  /**
   * Schools only: their staff's points (what county and higher rankings
   * show) and the staff's sign-in days as runs per account (what a school
   * or township device adds to the events it holds).
   */
  points?: SchoolPointsDoc;
  deletedAt: number;
}

export interface SchoolPointsDoc {
  staff: StaffPoints[];
  signIns: Record<string, number[]>;
}

export const statsDocId = (unitId: string) => `st-${unitId}`;

export const statsCollection: CollectionDefinition = {
  name: 'stats',
  replicated: true,
  migrations: {
    // v1: schools' documents carry their staff's points and sign-in days; older documents have none until recounted.
    1: (doc) => doc,
  },
  schema: defineSchema({
    title: 'statistics rollups',
    version: 1,
    properties: {
      unitId: shortText(64),
      unitKind: enumField(ORG_KINDS),
      parentId: shortText(64),
      children: { type: 'array', maxItems: 5000, items: shortText(64) },
      figures: { type: 'object' },
      asOf: timestamp,
      points: { type: 'object' },
      deletedAt: timestamp,
    },
    required: ['unitId', 'unitKind', 'parentId', 'children', 'figures', 'asOf', 'deletedAt'],
  }),
};
