import { useState } from 'preact/hooks';

/**
 * The row the keyboard acts on, among the results in `order`. Kept inside them while rendering:
 * when the results shrink it moves up to the last one, and stays there when they grow again.
 */
export function useActiveRow(order: readonly number[]) {
  const [index, setIndex] = useState(0);
  const last = Math.max(0, order.length - 1);
  // Set while rendering, not in an effect: Preact renders again at once, before anything is painted.
  if (index > last) setIndex(last);
  const activeIndex = Math.min(index, last);
  return {
    activeIndex,
    /** The id of the active row; undefined when there are no results. */
    activeId: order[activeIndex],
    count: order.length,
    setActiveIndex: setIndex,
    move: (delta: number) => setIndex((i) => Math.max(0, Math.min(last, i + delta))),
  };
}
