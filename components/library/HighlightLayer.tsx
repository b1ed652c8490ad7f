import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { HIGHLIGHT_COLORS, type Highlight, type HighlightColor } from '../../lib/highlights/highlight';
import { HIGHLIGHT_ATTRIBUTE } from '../../lib/highlights/paint-highlights';
import { HighlightsPanel } from './HighlightsPanel';
import { HighlightToolbar } from './HighlightToolbar';
import { selectedRangeIn, useBodySelection } from './use-body-selection';
import { useHighlightKeys } from './use-highlight-keys';
import { usePaintedHighlights, type RenderedBody } from './use-painted-highlights';

export interface HighlightLayerProps {
  /** Calls back with the reading view's body each time it is put in place; returns how to stop. */
  watchBody: (listener: (body: RenderedBody) => void) => () => void;
  highlights: readonly Highlight[];
  articleNote: string;
  /** A highlight to bring into view once painted (the highlights page links to it). */
  focusId: string | null;
  /** Highlights the selection, a DOM Range inside the body. */
  onHighlight: (range: Range, body: HTMLElement, color: HighlightColor) => void;
  onNote: (id: string, note: string) => void;
  onRemove: (id: string) => void;
  onArticleNote: (note: string) => void;
}

/** Shows a highlight in the text, focused, in the middle of the screen. */
function show(body: HTMLElement, id: string): void {
  const mark = body.querySelector<HTMLElement>(`mark[${HIGHLIGHT_ATTRIBUTE}="${CSS.escape(id)}"]`);
  mark?.focus({ preventScroll: true });
  mark?.scrollIntoView({ block: 'center' });
}

/** The reading view's highlights: painted in the body, the colour buttons on selection, the keys and the list. */
export function HighlightLayer(props: HighlightLayerProps) {
  const { watchBody, highlights, focusId } = props;
  const [body, setBody] = useState<RenderedBody | null>(null);
  // Before the frame is drawn, like the reading view's report of its body (see ReadingView).
  useLayoutEffect(() => watchBody(setBody), [watchBody]);
  const element = body?.element ?? null;
  const { placed, unplaced } = usePaintedHighlights(body, highlights);
  const selection = useBodySelection(element);
  const byId = useMemo(() => new Map(highlights.map((h) => [h.id, h])), [highlights]);
  const placedHighlights = placed.flatMap((p) => byId.get(p.id) ?? []);
  const highlight = (color: HighlightColor, range: Range | null | undefined) => {
    if (!element || !range) return;
    props.onHighlight(range, element, color);
    document.getSelection()?.removeAllRanges();
  };
  useHighlightKeys(element, {
    // The selection as it is now: the key can come before the selectionchange event that updates state.
    onHighlight: () => element && highlight(HIGHLIGHT_COLORS[0], selectedRangeIn(element)),
    onRemove: props.onRemove,
    onEditNote: (id) => document.getElementById(`note-${id}`)?.focus(),
  });
  // Once per link followed: adding a highlight later must not pull the reader back to it.
  const shownFocus = useRef<string | null>(null);
  useEffect(() => {
    if (!element || !focusId || shownFocus.current === focusId) return;
    if (!placed.some((p) => p.id === focusId)) return;
    shownFocus.current = focusId;
    show(element, focusId);
  }, [element, focusId, placed]);
  return (
    <>
      {selection && (
        <HighlightToolbar
          top={selection.top}
          left={selection.left}
          onPick={(color) => highlight(color, selection.range)}
        />
      )}
      <HighlightsPanel
        placed={placedHighlights}
        unplaced={unplaced}
        articleNote={props.articleNote}
        onArticleNote={props.onArticleNote}
        onShow={(id) => element && show(element, id)}
        onNote={props.onNote}
        onRemove={props.onRemove}
      />
    </>
  );
}
