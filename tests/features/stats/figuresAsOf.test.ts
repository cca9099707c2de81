import { describe, expect, it } from 'vitest';
import { figuresAsOf } from '@/features/stats/figuresAsOf';

describe('the time figures are shown "as of"', () => {
  it('is the last sync of the statistics for rollups, not when the unit’s figures last changed', () => {
    expect(figuresAsOf('server', { statsSyncedAt: 5_000, deviceSyncedAt: 4_000, rollupAsOf: 1_000 })).toBe(5_000);
    expect(figuresAsOf('server', { statsSyncedAt: null, deviceSyncedAt: null, rollupAsOf: 1_000 })).toBe(1_000);
    expect(figuresAsOf('server', { statsSyncedAt: null, deviceSyncedAt: null, rollupAsOf: undefined })).toBeNull();
  });

  it('is the device’s last complete sync for figures it computes', () => {
    expect(figuresAsOf('device', { statsSyncedAt: 5_000, deviceSyncedAt: 4_000, rollupAsOf: 1_000 })).toBe(4_000);
    expect(figuresAsOf('device', { statsSyncedAt: 5_000, deviceSyncedAt: null, rollupAsOf: 1_000 })).toBeNull();
  });
});
