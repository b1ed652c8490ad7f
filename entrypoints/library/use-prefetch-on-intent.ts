import { useEffect } from 'preact/hooks';
import type { Part } from '../../lib/load-part';

/** A part of the page, and where the pointer or focus going shows that the user is heading for it. */
export type Intent = readonly [selector: string, part: Pick<Part<unknown>, 'prefetch'>];

/** Whether an event's target is inside an element that `selector` matches. */
const within = (target: EventTarget | null, selector: string) =>
  target !== null && 'closest' in target && (target as Element).closest(selector) !== null;

/**
 * Fetches a part of the page when the pointer comes over, or the focus into, what needs it (a row
 * for the reading view, the import button for the import): by the click it is there. Nothing is
 * fetched while the user does nothing, so the first screen is not slowed by code it does not show.
 * A key pressed outside a text field fetches `onKey` (the keyboard opens the active row without
 * pointing at it); typing a search does not, so the search never shares the thread with it.
 */
export function usePrefetchOnIntent(intents: readonly Intent[], onKey: Intent[1]) {
  useEffect(() => {
    const onIntent = ({ target }: Event) => {
      for (const [selector, part] of intents) if (within(target, selector)) part.prefetch();
    };
    const onKeyDown = ({ target }: KeyboardEvent) => {
      if (!within(target, 'input, textarea, select, [contenteditable]')) onKey.prefetch();
    };
    document.addEventListener('pointerover', onIntent, { passive: true });
    document.addEventListener('focusin', onIntent);
    document.addEventListener('keydown', onKeyDown, { passive: true });
    return () => {
      document.removeEventListener('pointerover', onIntent);
      document.removeEventListener('focusin', onIntent);
      document.removeEventListener('keydown', onKeyDown);
    };
    // The parts and selectors are fixed for the page's life.
  }, []);
}
