import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ArticleRecord } from '../../lib/article';
import type { Highlight } from '../../lib/highlights/highlight';
import type { CleanCaptureDb } from '../../lib/platform/store/db';
import { highlightedArticleIds, listAllHighlights } from '../../lib/platform/store/highlight-store';
import type { HighlightEntry } from '../../components/library/HighlightsPage';

const PAGE_HASH = '#highlights';

/**
 * The highlights page (`#highlights`): every highlight of the library, newest first, with its
 * article; and the list's "has highlights" filter. `version` goes up when highlights change.
 */
export function useHighlightsPage(db: CleanCaptureDb, records: readonly ArticleRecord[], version: number) {
  const [open, setOpen] = useState(() => location.hash === PAGE_HASH);
  const [all, setAll] = useState<Highlight[] | null>(null);
  const [onlyHighlighted, setOnlyHighlighted] = useState(false);
  const [highlighted, setHighlighted] = useState<ReadonlySet<number> | null>(null);
  useEffect(() => {
    const onHash = () => setOpen(location.hash === PAGE_HASH);
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  useEffect(() => {
    if (open) void listAllHighlights(db).then(setAll);
  }, [db, open, version]);
  useEffect(() => {
    if (onlyHighlighted) void highlightedArticleIds(db).then(setHighlighted);
  }, [db, onlyHighlighted, version]);
  const entries = useMemo(() => {
    // No page shown: no lookup of every record to build (at each change of them, say while loading).
    if (all === null) return [];
    const byId = new Map(records.map((r) => [r.id, r]));
    // Highlights of an article deleted since are not listed (and come back with an undo).
    return all.flatMap((highlight): HighlightEntry[] => {
      const article = byId.get(highlight.articleId);
      return article ? [{ highlight, article }] : [];
    });
  }, [all, records]);
  const close = () => {
    history.replaceState(null, '', location.pathname + location.search);
    setOpen(false);
  };
  return {
    page: open ? { entries: all ? entries : null, onBack: close } : null,
    onlyHighlighted,
    setOnlyHighlighted,
    /** The articles the filter keeps, or null when it is off (or still loading). */
    keep: onlyHighlighted ? highlighted : null,
  };
}
