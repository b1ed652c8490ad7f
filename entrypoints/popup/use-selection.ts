import { useCallback, useMemo, useState } from 'preact/hooks';
import { EMPTY_SELECTION, keepVisible, toggleAll, toggleSelected } from '../../lib/list/selection';

/**
 * The articles ticked for export. The selection is worked out against the ids listed while
 * rendering: one that leaves the list (deleted here or in another window) is dropped, and stays
 * dropped if it comes back (an Undo), so Export never writes an article the user cannot see ticked.
 */
export function useSelection(listed: readonly number[]) {
  const [kept, setKept] = useState(EMPTY_SELECTION);
  // The same selection when nothing left, so a new list (the first read above all) costs nothing.
  const selection = useMemo(() => keepVisible(kept, listed), [kept, listed]);
  // Set while rendering, not in an effect: Preact renders again at once, before anything is painted.
  if (selection !== kept) setKept(selection);
  const toggle = useCallback((id: number) => setKept((s) => toggleSelected(s, id)), []);
  const toggleShown = useCallback((shown: readonly number[]) => setKept((s) => toggleAll(s, shown)), []);
  const selectedIn = (ids: readonly number[]) => ids.filter((id) => selection.ids.has(id));
  return { selected: selection.ids, toggle, toggleAll: toggleShown, selectedIn };
}
