import { describe, expect, it } from 'vitest';
import {
  EMPTY_SELECTION,
  keepVisible,
  selectAll,
  selectRange,
  toggleAll,
  toggleSelected,
} from '../../lib/list/selection';

const order = [10, 20, 30, 40, 50];
const sorted = (s: { ids: ReadonlySet<number> }) => [...s.ids].sort((x, y) => x - y);

describe('selection', () => {
  it('toggles one article', () => {
    const once = toggleSelected(EMPTY_SELECTION, 30);
    expect(sorted(once)).toEqual([30]);
    expect(sorted(toggleSelected(once, 30))).toEqual([]);
  });

  it('shift-click selects the range from the anchor in the order shown, either direction', () => {
    const start = toggleSelected(EMPTY_SELECTION, 20);
    expect(sorted(selectRange(start, order, 40))).toEqual([20, 30, 40]);
    expect(sorted(selectRange(toggleSelected(EMPTY_SELECTION, 50), order, 30))).toEqual([30, 40, 50]);
  });

  it('shift-click keeps earlier selections', () => {
    const s = toggleSelected(toggleSelected(EMPTY_SELECTION, 50), 10);
    expect(sorted(selectRange(s, order, 20))).toEqual([10, 20, 50]);
  });

  it('shift-click without an anchor selects one', () => {
    expect(sorted(selectRange(EMPTY_SELECTION, order, 40))).toEqual([40]);
  });

  it('select all covers the current results only', () => {
    expect(sorted(selectAll([30, 10]))).toEqual([10, 30]);
  });

  it('drops selections that left the results', () => {
    const s = selectAll(order);
    expect(sorted(keepVisible(s, [20, 40]))).toEqual([20, 40]);
  });

  it('"Select all" adds the articles shown to the selection, and clears it when all are in', () => {
    const one = toggleSelected(EMPTY_SELECTION, 50);
    const all = toggleAll(one, [10, 20]);
    expect(sorted(all)).toEqual([10, 20, 50]);
    expect(sorted(toggleAll(all, [10, 20]))).toEqual([]);
  });

  it('keeps the same selection when none of it left the results', () => {
    const s = selectAll([20, 40]);
    expect(keepVisible(s, order)).toBe(s);
  });
});
