/** Which articles are selected, and the anchor a shift-click extends from. */
export interface Selection {
  ids: ReadonlySet<number>;
  anchor: number | null;
}

export const EMPTY_SELECTION: Selection = { ids: new Set(), anchor: null };

/** Selects or unselects one article and makes it the anchor. */
export function toggleSelected(selection: Selection, id: number): Selection {
  const ids = new Set(selection.ids);
  if (ids.has(id)) ids.delete(id);
  else ids.add(id);
  return { ids, anchor: id };
}

/**
 * Shift-click: selects every article between the anchor and `id` in the order shown, keeping what
 * was already selected. Without an anchor in view it selects just `id`.
 */
export function selectRange(selection: Selection, order: readonly number[], id: number): Selection {
  const to = order.indexOf(id);
  const from = selection.anchor === null ? -1 : order.indexOf(selection.anchor);
  if (to === -1) return selection;
  if (from === -1) return toggleSelected(selection, id);
  const ids = new Set(selection.ids);
  for (let i = Math.min(from, to); i <= Math.max(from, to); i++) ids.add(order[i] as number);
  return { ids, anchor: selection.anchor };
}

/** Selects every article in the current results. */
export function selectAll(order: readonly number[]): Selection {
  return { ids: new Set(order), anchor: order[0] ?? null };
}

/** Drops selected ids that are no longer in the results, so bulk actions touch only what is shown. */
export function keepVisible(selection: Selection, order: readonly number[]): Selection {
  // Nothing to drop: no set of 100,000 ids to build each time the results change.
  if (selection.ids.size === 0) return selection;
  const visible = new Set(order);
  const ids = new Set([...selection.ids].filter((id) => visible.has(id)));
  if (ids.size === selection.ids.size) return selection;
  return {
    ids,
    anchor: selection.anchor !== null && visible.has(selection.anchor) ? selection.anchor : null,
  };
}

/**
 * The popup's "Select all" box: selects every article shown, keeping others already selected;
 * when every one shown is selected already, clears the whole selection.
 */
export function toggleAll(selection: Selection, shown: readonly number[]): Selection {
  if (shown.every((id) => selection.ids.has(id))) return EMPTY_SELECTION;
  return { ids: new Set([...selection.ids, ...shown]), anchor: selection.anchor };
}
