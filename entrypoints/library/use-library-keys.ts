import type { RefObject } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { useActiveRow } from './use-active-row';
import type { useSelection } from './use-selection';

interface LibraryKeyActions {
  searchRef: RefObject<HTMLInputElement>;
  reading: boolean;
  count: number;
  onMove: (delta: number) => void;
  onOpen: () => void;
  onToggle: (shift: boolean) => void;
  onSelectAll: () => void;
  onEscape: () => void;
}

/** What the keys act on: the page's views, its active row, its selection and its search. */
export interface LibraryKeyTargets {
  /** The reading view's article, null while the list shows. */
  reading: object | null;
  back: () => void;
  open: (id: number) => void;
  active: ReturnType<typeof useActiveRow>;
  selection: ReturnType<typeof useSelection>;
  /** Escape's last steps: clears the search, else the filters. */
  clearSearch: () => void;
}

const PAGE = 10;

/** True when the key belongs to a text field (other than the search box, whose keys we share). */
function typingElsewhere(target: EventTarget | null, search: HTMLInputElement | null): boolean {
  if (!(target instanceof HTMLElement) || target === search) return false;
  if (target instanceof HTMLInputElement)
    return !['checkbox', 'radio', 'button', 'submit'].includes(target.type);
  return target.isContentEditable || ['TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Buttons and links act on Enter themselves; opening the active row instead would steal the key. */
function activatesItself(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.closest('button, a[href], summary') !== null;
}

/**
 * The library's keyboard: `/` focuses search, arrows and Page keys move, Enter opens, `x` selects
 * (Shift+x a range), Ctrl/⌘+A selects all results, Escape backs out one step (the reading view,
 * the selection, the search, the filters). Gives the search box's ref, for `/` to focus.
 */
export function useLibraryKeys({ reading, back, open, active, selection, clearSearch }: LibraryKeyTargets) {
  const searchRef = useRef<HTMLInputElement>(null);
  const { activeId } = active;
  useKeys({
    searchRef,
    reading: reading !== null,
    count: active.count,
    onMove: active.move,
    onOpen: () => activeId !== undefined && open(activeId),
    onToggle: (shift) => activeId !== undefined && selection.toggle(activeId, shift),
    onSelectAll: selection.selectAll,
    onEscape: () => (reading ? back() : selection.ids.size > 0 ? selection.clear() : clearSearch()),
  });
  return searchRef;
}

function useKeys(actions: LibraryKeyActions): void {
  // The handler is registered once and reads the latest actions, so it never misses a render.
  const latest = useRef(actions);
  latest.current = actions;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const a = latest.current;
      const search = a.searchRef.current;
      if (typingElsewhere(e.target, search)) return;
      const inSearch = e.target === search;
      if (a.reading) {
        if (e.key === 'Escape') a.onEscape();
        return;
      }
      const move = {
        ArrowDown: 1,
        ArrowUp: -1,
        PageDown: PAGE,
        PageUp: -PAGE,
        Home: -Infinity,
        End: Infinity,
      }[e.key];
      if (move !== undefined && !(inSearch && (e.key === 'Home' || e.key === 'End'))) {
        e.preventDefault();
        a.onMove(Number.isFinite(move) ? move : move > 0 ? a.count : -a.count);
      } else if (e.key === 'Enter' && a.count > 0 && !activatesItself(e.target)) {
        e.preventDefault();
        a.onOpen();
      } else if (e.key === 'Escape') {
        e.preventDefault();
        a.onEscape();
        if (inSearch && search?.value === '') search.blur();
      } else if (!inSearch && e.key === '/') {
        e.preventDefault();
        search?.focus();
        search?.select();
      } else if (!inSearch && (e.key === 'x' || e.key === 'X') && !e.ctrlKey && !e.metaKey) {
        e.preventDefault();
        a.onToggle(e.shiftKey);
      } else if (!inSearch && e.key === 'a' && (e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        a.onSelectAll();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
