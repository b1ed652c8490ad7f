import { describe, expect, it } from 'vitest';
import { scrollToRow, visibleRange } from '../../lib/list/visible-range';

describe('visibleRange', () => {
  it('renders only the rows in view plus overscan, at the top and deep down', () => {
    expect(visibleRange(0, 700, 70, 10_000, 5)).toEqual({ start: 0, end: 16 });
    expect(visibleRange(70 * 5000, 700, 70, 10_000, 5)).toEqual({ start: 4995, end: 5016 });
  });

  it('stops at the end of the list and handles an empty list', () => {
    expect(visibleRange(70 * 9_995, 700, 70, 10_000, 5)).toEqual({ start: 9990, end: 10_000 });
    expect(visibleRange(0, 700, 70, 0)).toEqual({ start: 0, end: 0 });
  });

  it('recovers when the list shrank below the scroll position', () => {
    expect(visibleRange(70 * 5000, 700, 70, 3, 5)).toEqual({ start: 0, end: 3 });
  });
});

describe('scrollToRow', () => {
  it('scrolls up or down just enough, or not at all', () => {
    expect(scrollToRow(2, 700, 700, 70)).toBe(140);
    expect(scrollToRow(20, 0, 700, 70)).toBe(770);
    expect(scrollToRow(5, 0, 700, 70)).toBe(0);
  });
});
