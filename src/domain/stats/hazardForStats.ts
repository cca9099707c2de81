import type { StatsHazard } from './schoolFigures';

/**
 * A stored hazard as the figures read it. The stored shape is being
 * extended by the hazards feature (found/closed times, 挂牌督办); until a
 * document carries them, they follow from its steps and creation time.
 */
export interface StoredHazard {
  orgPath: string;
  status: StatsHazard['status'];
  deadline: number;
  level: StatsHazard['level'];
  category: string;
  createdAt: number;
  deletedAt: number;
  steps?: { status: string; at: number }[];
  foundAt?: number;
  closedAt?: number;
  supervised?: boolean;
}

export function hazardForStats(doc: StoredHazard): StatsHazard & { orgPath: string; deletedAt: number } {
  const closedStep = doc.steps?.filter((s) => s.status === 'closed').slice(-1)[0];
  return {
    orgPath: doc.orgPath,
    deletedAt: doc.deletedAt,
    status: doc.status,
    deadline: doc.deadline,
    level: doc.level,
    category: doc.category as StatsHazard['category'],
    supervised: doc.supervised ?? false,
    foundAt: doc.foundAt ?? doc.createdAt,
    closedAt: doc.closedAt ?? (doc.status === 'closed' ? closedStep?.at ?? 0 : 0),
  };
}
