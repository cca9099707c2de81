import { describe, expect, it } from 'vitest';
import { numberOfClass } from '@/domain/roster/className';

describe('numberOfClass', () => {
  it('reads the number of a numbered class and leaves named classes alone', () => {
    expect(['一班', '十二班', '二十班'].map(numberOfClass)).toEqual([1, 12, 20]);
    expect(['实验班', '实验一班', '3班', ''].map(numberOfClass)).toEqual([null, null, null, null]);
  });
});
