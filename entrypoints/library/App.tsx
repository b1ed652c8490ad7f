import DOMPurify from 'dompurify';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { StoredArticle } from '../../lib/article';
import { renderArticleBody, type ArticleBody } from '../../lib/reading/render-article-body';
import { facetCounts, NO_FILTER, type ArticleFilter } from '../../lib/search/filter-articles';
import { libraryResults } from '../../lib/search/library-results';
import {
  EMPTY_SELECTION,
  keepVisible,
  selectAll,
  selectRange,
  toggleSelected,
  type Selection,
} from '../../lib/search/selection';
import { ArticleList } from '../../components/library/ArticleList';
import { ExportProgress } from '../../components/library/ExportProgress';
import { FilterBar } from '../../components/library/FilterBar';
import { ImportButton } from '../../components/library/ImportButton';
import { ImportDialog } from '../../components/library/ImportDialog';
import { IndexStatus } from '../../components/library/IndexStatus';
import { Notice } from '../../components/library/Notice';
import { ReadingView } from '../../components/library/ReadingView';
import { SearchBox } from '../../components/library/SearchBox';
import { SelectionBar } from '../../components/library/SelectionBar';
import { UnsearchableArticles } from '../../components/library/UnsearchableArticles';
import { useExport } from './use-export';
import { useHits } from './use-hits';
import { canSearch } from './use-search-worker';
import { useImport } from './use-import';
import { useLibraryKeys } from './use-library-keys';
import { useLibrary } from './use-library';
import { messageOf } from '../../lib/message-of';
import './import.css';

interface NoticeState {
  message: string;
  undo?: () => void;
}

const openIdFromHash = () => Number(/^#article=(\d+)$/.exec(location.hash)?.[1] ?? NaN) || null;

/** The library page: search, filters, the virtualised list, bulk actions and the reading view. */
export function App() {
  const lib = useLibrary();
  const [query, setQuery] = useState(() => new URLSearchParams(location.search).get('q') ?? '');
  const [filter, setFilter] = useState<ArticleFilter>(NO_FILTER);
  const [selection, setSelection] = useState<Selection>(EMPTY_SELECTION);
  const [activeIndex, setActiveIndex] = useState(0);
  const [notice, setNotice] = useState<NoticeState | null>(null);
  const [openId, setOpenId] = useState<number | null>(openIdFromHash);
  const [reading, setReading] = useState<{ article: StoredArticle; body: ArticleBody } | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const say = useCallback((message: string) => setNotice({ message }), []);
  const { exportState, startExport, cancelExport } = useExport(lib.db, say);
  const onImported = useCallback(
    (message: string) => lib.refresh().then(() => say(message)),
    [lib.refresh, say],
  );
  const { importView, chooseImportFile, confirmImport, closeImport } = useImport(lib.db, onImported);

  const hits = useHits(lib.search, query, canSearch(lib.indexState) ? lib.indexState.version : null);
  const results = useMemo(
    () => libraryResults(lib.records, query, hits?.hits ?? null, filter, hits?.partial),
    [lib.records, query, hits, filter],
  );
  const order = useMemo(() => results.articles.map((a) => a.id), [results]);
  const facets = useMemo(() => facetCounts(lib.records), [lib.records]);
  const termsFor = useCallback((id: number) => results.terms.get(id) ?? [], [results]);

  useEffect(() => setSelection((s) => keepVisible(s, order)), [order]);
  // Messages fade on their own; an Undo stays a little longer.
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => setNotice(null), notice.undo ? 12_000 : 6_000);
    return () => clearTimeout(timer);
  }, [notice]);
  useEffect(() => setActiveIndex((i) => Math.min(i, Math.max(0, order.length - 1))), [order]);
  useEffect(() => {
    const onHash = () => setOpenId(openIdFromHash());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const { getArticle } = lib;
  useEffect(() => {
    if (openId === null) return setReading(null);
    void getArticle(openId).then(
      (article) => {
        if (!article) return say('That article is no longer in the library.');
        setReading({ article, body: renderArticleBody(article.markdown, DOMPurify) });
        document.title = `${article.title} – Clean Capture`;
      },
      (error: unknown) => say(`The article could not be opened: ${messageOf(error)}`),
    );
    return () => void (document.title = 'Library – Clean Capture');
    // Only when another article is asked for: not on every render (`lib` is a new object each time).
  }, [openId, getArticle, say]);

  const open = useCallback((id: number) => (location.hash = `article=${id}`), []);
  const back = useCallback(() => {
    history.replaceState(null, '', location.pathname + location.search);
    setOpenId(null);
  }, []);
  const toggle = useCallback(
    (id: number, shift: boolean) =>
      setSelection((s) => (shift ? selectRange(s, order, id) : toggleSelected(s, id))),
    [order],
  );

  const deleteSelected = async () => {
    const ids = order.filter((id) => selection.ids.has(id));
    const removed = await lib.remove(ids);
    setSelection(EMPTY_SELECTION);
    setNotice({
      message: `Deleted ${removed.length.toLocaleString()} ${removed.length === 1 ? 'article' : 'articles'}.`,
      undo: () => {
        setNotice(null);
        void lib
          .restore(removed)
          .then((skipped) =>
            say(
              skipped === 0
                ? 'Restored.'
                : `Restored, except ${skipped} saved again meanwhile (the newer copy stays).`,
            ),
          );
      },
    });
  };
  const exportShown = () =>
    void startExport(selection.ids.size > 0 ? order.filter((id) => selection.ids.has(id)) : order);

  useLibraryKeys({
    searchRef,
    reading: reading !== null,
    count: order.length,
    onMove: (delta) => setActiveIndex((i) => Math.max(0, Math.min(order.length - 1, i + delta))),
    onOpen: () => order[activeIndex] !== undefined && open(order[activeIndex] as number),
    onToggle: (shift) => order[activeIndex] !== undefined && toggle(order[activeIndex] as number, shift),
    onSelectAll: () => setSelection(selectAll(order)),
    onEscape: () => {
      if (reading) return back();
      if (selection.ids.size > 0) return setSelection(EMPTY_SELECTION);
      if (query) return setQuery('');
      if (filter !== NO_FILTER) setFilter(NO_FILTER);
    },
  });

  return (
    <div class="page">
      <main
        hidden={reading !== null}
        class="library"
        data-search={lib.indexState.ready ? 'ready' : canSearch(lib.indexState) ? 'partial' : 'loading'}
        data-results-for={hits?.query ?? ''}
        data-worker-ms={hits?.workerMs.toFixed(1) ?? ''}
      >
        <header class="toolbar">
          <h1>Library</h1>
          <SearchBox value={query} inputRef={searchRef} onInput={setQuery} />
          <ImportButton disabled={importView !== null} onFile={(file) => void chooseImportFile(file)} />
        </header>
        <IndexStatus {...lib.indexState} ready={lib.indexState.ready || !lib.complete} />
        <UnsearchableArticles articles={lib.unsearchable} />
        {results.partial && query && (
          <p class="index-status">
            {results.partial === 'loading'
              ? `Full text searched in the ${lib.indexState.done.toLocaleString()} articles loaded so far; titles, authors and sites in the rest.`
              : 'Searching titles, authors and sites until the search index is ready.'}
          </p>
        )}
        <FilterBar filter={filter} sites={facets.sites} tags={facets.tags} onChange={setFilter} />
        <SelectionBar
          shown={order.length}
          total={lib.records.length}
          selected={selection.ids.size}
          busy={exportState !== null}
          onSelectAll={() => setSelection(selectAll(order))}
          onClear={() => setSelection(EMPTY_SELECTION)}
          onDelete={() => void deleteSelected()}
          onExport={exportShown}
        />
        {exportState && <ExportProgress {...exportState} onCancel={cancelExport} />}
        {lib.complete && order.length === 0 ? (
          <p class="empty">
            {lib.records.length === 0
              ? 'Nothing saved yet. Capture an article from the toolbar button.'
              : 'No articles match.'}
          </p>
        ) : (
          <ArticleList
            articles={results.articles}
            termsFor={termsFor}
            activeIndex={activeIndex}
            selected={selection.ids}
            onOpen={open}
            onToggle={toggle}
            onActivate={setActiveIndex}
          />
        )}
      </main>
      {reading && (
        <ReadingView
          article={{
            ...reading.article,
            tags: lib.records.find((r) => r.id === reading.article.id)?.tags ?? reading.article.tags,
          }}
          body={reading.body}
          terms={results.terms.get(reading.article.id) ?? []}
          tagSuggestions={facets.tags.map(([t]) => t)}
          onBack={back}
          onTagsChange={(tags) =>
            void lib.setTags(reading.article.id, tags).then((failure) => failure && say(failure))
          }
        />
      )}
      {importView && (
        <ImportDialog
          view={importView}
          onConfirm={(replace) => void confirmImport(replace)}
          onClose={closeImport}
        />
      )}
      {notice && <Notice message={notice.message} onUndo={notice.undo} onDismiss={() => setNotice(null)} />}
    </div>
  );
}
