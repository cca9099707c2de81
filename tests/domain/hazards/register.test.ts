import { describe, expect, it } from 'vitest';
import { applyHazardAction, REGISTER_COLUMNS, registerRows } from '@/domain/hazards';
import { leader, rectifier, registered } from './hazardFixtures';
import { T0 } from './fixtures';

describe('the 整改销号 register', () => {
  it('writes found, responsible, deadline, measures and closing in the register’s columns', () => {
    let h = registered({ level: 'general', photos: [] });
    for (const [action, actor] of [
      [{ kind: 'start', at: T0 + 1 }, rectifier],
      [{ kind: 'submit', at: T0 + 2, note: '已拆除门锁，改为推闩' }, rectifier],
      [{ kind: 'close', at: T0 + 3 }, leader],
    ] as const) {
      const next = applyHazardAction(h, action, actor);
      if (!next.ok) throw new Error(next.reason);
      h = next.hazard;
    }
    const [row] = registerRows([h, registered()], () => '第一小学');
    expect(REGISTER_COLUMNS).toHaveLength(row!.length);
    expect(row).toEqual([
      '1', '第一小学', '东侧安全出口上锁', '消防', '一般', '教学楼三楼东侧', expect.any(String), '王强', expect.any(String),
      '已拆除门锁，改为推闩', '已销号', expect.any(String), '',
    ]);
  });
});
