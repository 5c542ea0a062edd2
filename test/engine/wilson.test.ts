import { describe, expect, it } from 'vitest';
import { wilson } from '../../eval/sets.mjs';

// Reference values: Wilson's score interval at z = 1.96, as statistics texts tabulate it (8 of 10: .490 to .943).
describe('wilson interval', () => {
  it('matches the tabulated interval for 8 of 10', () => {
    const i = wilson(8, 10)!;
    expect(i.low).toBeCloseTo(0.4902, 3);
    expect(i.high).toBeCloseTo(0.9433, 3);
  });
  it('stays inside [0, 1] at the ends, where the normal approximation leaves it', () => {
    expect(wilson(0, 10)).toEqual({ low: 0, high: expect.closeTo(0.2775, 3) });
    expect(wilson(10, 10)!.low).toBeCloseTo(0.7225, 3);
    expect(wilson(10, 10)!.high).toBe(1);
  });
  it('narrows as the items grow, around the same share', () => {
    const few = wilson(20, 25)!;
    const many = wilson(200, 250)!;
    expect(many.high - many.low).toBeLessThan((few.high - few.low) / 2);
    expect(many.low).toBeLessThan(0.8);
    expect(many.high).toBeGreaterThan(0.8);
  });
  it('has nothing to say about no items', () => {
    expect(wilson(0, 0)).toBeNull();
  });
});
