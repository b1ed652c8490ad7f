import { useEffect, useRef } from 'preact/hooks';
import { HIGHLIGHT_ATTRIBUTE } from '../../lib/highlights/paint-highlights';

/** What the reading view's highlight keys do. */
export interface HighlightKeyActions {
  /** `h`: highlight the selected text. */
  onHighlight: () => void;
  /** Delete or Backspace on a highlight: remove it. */
  onRemove: (id: string) => void;
  /** `n` on a highlight: write its note. */
  onEditNote: (id: string) => void;
}

const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/** The highlight (its first, focusable mark) the focus is on, if any. */
const focusedHighlight = () => document.activeElement?.closest(`mark[${HIGHLIGHT_ATTRIBUTE}]`) ?? null;

/**
 * Moves the focus to the next (or previous) highlight after the focused one, or after the top of
 * the screen when none has the focus, so `]` starts where the reader is.
 */
export function focusHighlight(body: HTMLElement, step: 1 | -1): void {
  const marks = Array.from(body.querySelectorAll<HTMLElement>(`mark[${HIGHLIGHT_ATTRIBUTE}][tabindex]`));
  if (marks.length === 0) return;
  const current = focusedHighlight();
  let at = current ? marks.indexOf(current as HTMLElement) : -1;
  if (at === -1) {
    const below = marks.findIndex((m) => m.getBoundingClientRect().top > 0);
    at = step === 1 ? (below === -1 ? marks.length : below) - 1 : below === -1 ? marks.length : below;
  }
  const next = marks[Math.min(marks.length - 1, Math.max(0, at + step))];
  next?.focus({ preventScroll: true });
  next?.scrollIntoView({ block: 'center' });
}

/**
 * The reading view's highlight keys: `h` highlights the selection, `]` and `[` go to the next and
 * previous highlight, Delete or Backspace removes the focused one, `n` opens its note.
 */
export function useHighlightKeys(body: HTMLElement | null, actions: HighlightKeyActions): void {
  const latest = useRef(actions);
  latest.current = actions;
  useEffect(() => {
    if (!body) return;
    const onKey = (e: KeyboardEvent) => {
      if (typing(e.target) || e.ctrlKey || e.metaKey || e.altKey) return;
      const id = focusedHighlight()?.getAttribute(HIGHLIGHT_ATTRIBUTE) ?? null;
      if (e.key === 'h') latest.current.onHighlight();
      else if (e.key === ']' || e.key === '[') focusHighlight(body, e.key === ']' ? 1 : -1);
      else if (id && (e.key === 'Delete' || e.key === 'Backspace')) latest.current.onRemove(id);
      else if (id && e.key === 'n') latest.current.onEditNote(id);
      else return;
      e.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [body]);
}
