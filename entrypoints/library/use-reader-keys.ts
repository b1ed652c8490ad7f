import { useEffect, useRef } from 'preact/hooks';

/** What the single-letter keys do; each is left out where it does not apply. */
export interface ReaderKeyActions {
  /** An article is open: j/k scroll it, n/p go to the next or previous. */
  reading: boolean;
  next: () => void;
  previous: () => void;
  /** Archives the open article, or the list's active row (again: takes it out of the archive). */
  archive: () => void;
  /** Marks the open article or the active row read, or unread again. */
  toggleRead: () => void;
  /** The shortcuts dialog is showing: Escape closes it and nothing else. */
  helpOpen: boolean;
  setHelpOpen: (open: boolean) => void;
}

/** A share of the window each j or k scrolls: a few lines, keeping some of the last in view. */
const STEP = 0.15;

function typing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLInputElement)
    return !['checkbox', 'radio', 'button', 'submit', 'range'].includes(target.type);
  return target.isContentEditable || ['TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * The reading keys: `j`/`k` scroll, `n`/`p` next and previous article, `e` archive, `m` read or
 * unread, `?` the list of shortcuts. Registered before the library's own keys (capture phase), so
 * an open dialog takes Escape for itself.
 */
export function useReaderKeys(actions: ReaderKeyActions): void {
  const latest = useRef(actions);
  latest.current = actions;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const a = latest.current;
      if (a.helpOpen) {
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopImmediatePropagation();
          a.setHelpOpen(false);
        }
        return;
      }
      if (e.ctrlKey || e.metaKey || e.altKey || typing(e.target)) return;
      const act: Record<string, (() => void) | undefined> = {
        '?': () => a.setHelpOpen(true),
        e: a.archive,
        m: a.toggleRead,
        ...(a.reading
          ? {
              j: () => window.scrollBy({ top: window.innerHeight * STEP }),
              k: () => window.scrollBy({ top: -window.innerHeight * STEP }),
              n: a.next,
              p: a.previous,
            }
          : {}),
      };
      const run = act[e.key];
      if (!run) return;
      e.preventDefault();
      run();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);
}
