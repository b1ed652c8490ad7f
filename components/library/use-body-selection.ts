import { useEffect, useState } from 'preact/hooks';

/** Text selected in the reading view's body, with where to show the highlight buttons. */
export interface BodySelection {
  range: Range;
  /** Page coordinates just above the selection's start. */
  top: number;
  left: number;
}

/** The text selected right now inside `body`, else null. */
export function selectedRangeIn(body: HTMLElement): Range | null {
  const current = document.getSelection();
  const range = current && current.rangeCount > 0 ? current.getRangeAt(0) : null;
  return range && !range.collapsed && body.contains(range.commonAncestorContainer) ? range : null;
}

/**
 * The current selection when it is text inside `body`, else null; follows the user's selecting.
 * It lags the selection by one `selectionchange` event: a key that acts on the selection reads
 * `selectedRangeIn` instead.
 */
export function useBodySelection(body: HTMLElement | null): BodySelection | null {
  const [selection, setSelection] = useState<BodySelection | null>(null);
  useEffect(() => {
    if (!body) return;
    const update = () => {
      const range = selectedRangeIn(body);
      if (!range) {
        setSelection(null);
        return;
      }
      const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
      setSelection({ range, top: rect.top + window.scrollY, left: rect.left + window.scrollX });
    };
    document.addEventListener('selectionchange', update);
    return () => document.removeEventListener('selectionchange', update);
  }, [body]);
  return selection;
}
