/**
 * When the shown figures were true (数据截至), for the page and the exports:
 * - server rollups: the last time this device synced the statistics — the
 *   server keeps them current as changes arrive and as the clock moves, so
 *   what the device holds is the state of that sync, however long ago the
 *   unit's figures last changed (their own `asOf` says only that). Before
 *   any recorded sync of them, the rollup's own time;
 * - computed on the device: its last complete sync of everything.
 */
export function figuresAsOf(
  source: 'device' | 'server',
  times: { statsSyncedAt: number | null; deviceSyncedAt: number | null; rollupAsOf: number | undefined },
): number | null {
  if (source === 'device') return times.deviceSyncedAt;
  return times.statsSyncedAt ?? times.rollupAsOf ?? null;
}
