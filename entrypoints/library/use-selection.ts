import { useCallback, useMemo, useState } from 'preact/hooks';
import {
  EMPTY_SELECTION,
  keepVisible,
  selectAll,
  selectRange,
  toggleSelected,
} from '../../lib/list/selection';

/**
 * The articles selected for a bulk action, among the results in `order`. Worked out while
 * rendering: one a new search or filter hides is dropped, and stays dropped when it shows again,
 * so Delete and Export touch only what the user sees selected.
 */
export function useSelection(order: readonly number[]) {
  const [kept, setKept] = useState(EMPTY_SELECTION);
  const selection = useMemo(() => keepVisible(kept, order), [kept, order]);
  // Set while rendering, not in an effect: Preact renders again at once, before anything is painted.
  if (selection !== kept) setKept(selection);
  const toggle = useCallback(
    (id: number, shift: boolean) =>
      setKept((s) => (shift ? selectRange(s, order, id) : toggleSelected(s, id))),
    [order],
  );
  return {
    ids: selection.ids,
    /** The selected ids in the order shown. */
    inOrder: () => order.filter((id) => selection.ids.has(id)),
    toggle,
    selectAll: () => setKept(selectAll(order)),
    clear: () => setKept(EMPTY_SELECTION),
  };
}
