import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { ArticleList } from '../../components/popup/ArticleList';
import { CaptureStatus } from '../../components/popup/CaptureStatus';
import { NoticeBanner } from '../../components/popup/NoticeBanner';
import { PopupHeader } from '../../components/popup/PopupHeader';
import { PopupSearch } from '../../components/popup/PopupSearch';
import { SelectionBar } from '../../components/popup/SelectionBar';
import { Toast } from '../../components/popup/Toast';
import { isShownInTab } from '../../lib/platform/browser-tabs';
import { libraryUrl, openLibrary } from '../../lib/platform/open-library';
import { matchesMetadata } from '../../lib/search/matches-metadata';
import { parseQuery } from '../../lib/search/parse-query';
import { takeShortcutFailure } from '../../lib/platform/shortcut-feedback';
import { preloadExporter, useArticleActions } from './use-article-actions';
import { useArticles, type ArticlesRead } from './use-articles';
import { useCapture } from './use-capture';
import { useTags } from './use-tags';
import { useToast } from './use-toast';

/** The toolbar popup: captures the current tab on open, then lists, exports and manages articles. */
export function App({ firstRead }: { firstRead: ArticlesRead }) {
  const { articles, total, loaded, error, reload } = useArticles(firstRead);
  const { toast, show: showToast, dismiss: dismissToast } = useToast();
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const [freshId, setFreshId] = useState<number | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const actions = useArticleActions(reload, showToast);

  const onStored = useCallback(
    (id: number) => {
      setFreshId(id);
      void reload();
    },
    [reload],
  );
  const { view, capture } = useCapture(onStored);
  const [query, setQuery] = useState('');
  const terms = useMemo(() => parseQuery(query).terms, [query]);
  const shown = useMemo(
    () => (terms.length === 0 ? articles : articles.filter((a) => matchesMetadata(a, terms))),
    [articles, terms],
  );
  const searchLibrary = (words: string) =>
    void (async () => {
      await openLibrary(words);
      // As a toolbar popup, step aside for the library tab; opened as a tab, stay.
      if (!(await isShownInTab())) window.close();
    })();
  const tags = useTags(freshId);

  useEffect(() => {
    // Both at once: reading the last shortcut failure must not hold up the capture.
    void takeShortcutFailure().then((failure) => {
      if (failure) setNotice(`The last keyboard-shortcut capture failed: ${failure.message}`);
    });
    void (async () => {
      // Opened as a tab (for instance from a test or a bookmark) there is no page to capture.
      if (!(await isShownInTab())) await capture({ replace: false, wholePage: false });
    })();
  }, [capture]);

  useEffect(() => {
    if (loaded) preloadExporter();
  }, [loaded]);

  // Rows can disappear (delete, another window); a selection never points at a missing article.
  // The same set when nothing went, so a new list (the first read above all) costs no second render.
  useEffect(() => {
    setSelected((old) => {
      const kept = articles.filter((a) => old.has(a.id)).map((a) => a.id);
      return kept.length === old.size ? old : new Set(kept);
    });
  }, [articles]);

  const toggle = (id: number) =>
    setSelected((old) => {
      const next = new Set(old);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const toggleAll = () =>
    setSelected((old) =>
      shown.every((a) => old.has(a.id)) ? new Set() : new Set([...old, ...shown.map((a) => a.id)]),
    );
  const exportSelected = () =>
    void actions.exportZip(articles.filter((a) => selected.has(a.id)).map((a) => a.id));

  return (
    <main class="popup">
      <PopupHeader total={total} shown={articles.length} libraryUrl={libraryUrl()} />
      {notice && <NoticeBanner message={notice} onDismiss={() => setNotice(null)} />}
      <CaptureStatus
        view={view}
        onCaptureAgain={() => void capture({ replace: true, wholePage: false })}
        onSaveWholePage={() => void capture({ replace: false, wholePage: true })}
        tags={tags}
      />
      {error && (
        <p class="status status--error" role="alert">
          {error}
        </p>
      )}
      <PopupSearch
        value={query}
        matches={terms.length === 0 ? null : shown.length}
        total={total}
        onInput={setQuery}
        onSubmit={searchLibrary}
      />
      <SelectionBar
        shown={shown.length}
        selected={selected.size}
        progress={actions.progress}
        onToggleAll={toggleAll}
        onExport={exportSelected}
      />
      <ArticleList
        articles={shown}
        loaded={loaded}
        filtered={terms.length > 0}
        selectedIds={selected}
        freshId={freshId}
        onToggle={toggle}
        onOpen={actions.open}
        onCopy={(a) => void actions.copy(a)}
        onDelete={(a) => void actions.remove(a)}
      />
      {toast && <Toast {...toast} onDismiss={dismissToast} />}
    </main>
  );
}
