import { useLayoutEffect, useState } from 'preact/hooks';
import type { Highlight } from '../../lib/highlights/highlight';
import { clearHighlights, paintHighlights } from '../../lib/highlights/paint-highlights';
import { placeHighlights, type Placements } from '../../lib/highlights/place-highlights';
import { indexText } from '../../lib/highlights/text-index';

/** The reading view's body as last put in place; a new object each time its content is set. */
export interface RenderedBody {
  element: HTMLElement;
}

const NOTHING: Placements = { placed: [], unplaced: [] };

/**
 * Paints an article's highlights into its rendered body, again whenever the body is re-rendered
 * or the highlights change, and gives which were placed and which could not be. The body carries
 * `data-highlights-painted` with the number placed, once painted (tests and the benchmark wait on it).
 */
export function usePaintedHighlights(
  body: RenderedBody | null,
  highlights: readonly Highlight[],
): Placements {
  const [placements, setPlacements] = useState<Placements>(NOTHING);
  useLayoutEffect(() => {
    if (!body) return;
    const { element } = body;
    clearHighlights(element);
    const index = indexText(element);
    const found = placeHighlights(index.folded, highlights);
    paintHighlights(index, found.placed);
    element.dataset.highlightsPainted = String(found.placed.length);
    setPlacements(found);
  }, [body, highlights]);
  return placements;
}
