import { ArticleList } from '../../components/library/ArticleList';
import { ArticleOutActions } from '../../components/library/ArticleOutActions';
import { EmptyResults } from '../../components/library/EmptyResults';
import { ExportProgress } from '../../components/library/ExportProgress';
import { FilterBar } from '../../components/library/FilterBar';
import { FolderImportButton } from '../../components/library/FolderImportButton';
import { ImportButton } from '../../components/library/ImportButton';
import { ImportDialog } from '../../components/library/ImportDialog';
import { IndexStatus } from '../../components/library/IndexStatus';
import { Notice } from '../../components/library/Notice';
import { LoadingArticles } from '../../components/library/LoadingArticles';
import { PartialSearch } from '../../components/library/PartialSearch';
import { ReaderToolbar } from '../../components/library/ReaderToolbar';
import { ReadingSettingsPanel } from '../../components/library/ReadingSettingsPanel';
import { ReadingView } from '../../components/library/ReadingView';
import { ShortcutsDialog } from '../../components/library/ShortcutsDialog';
import { TableOfContents } from '../../components/library/TableOfContents';
import { StatusFilter as PlainStatusFilter } from '../../components/shared/StatusFilter';
import { HighlightLayer } from '../../components/library/HighlightLayer';
import { HighlightFilter } from '../../components/library/HighlightFilter';
import { HighlightsPage } from '../../components/library/HighlightsPage';
import { useTranslator } from '../../components/shared/use-translator';
import { SearchBox } from '../../components/library/SearchBox';
import { SettingsOffer } from '../../components/library/SettingsOffer';
import { SelectionBar } from '../../components/library/SelectionBar';
import { StorageUsage } from '../../components/library/StorageUsage';
import { UnsearchableArticles } from '../../components/library/UnsearchableArticles';
import { useActiveRow } from './use-active-row';
import { useArticleOut } from './use-article-out';
import { useDeleteWithUndo } from './use-delete-with-undo';
import { useExport } from './use-export';
import { useFolderImport } from './use-folder-import';
import { useHighlights } from './use-highlights';
import { useHighlightsPage } from './use-highlights-page';
import { useCallback, useState } from 'preact/hooks';
import { useImport } from './use-import';
import { useLibrary, type FirstRows } from './use-library';
import { useLibraryKeys } from './use-library-keys';
import { useNotice } from './use-notice';
import { useReader } from './use-reader';
import { useReadingState } from './use-reading-state';
import { useReadingView } from './use-reading-view';
import { useResults } from './use-results';
import { libraryTotal } from '../../lib/library/library-total';
import { optionsUrl } from '../../lib/platform/options-url';
import { useSelection } from './use-selection';
import { useCapturePending } from './use-capture-pending';
import { useCaptureAllPending } from './use-capture-all-pending';
import { CapturePendingButton } from '../../components/library/CapturePendingButton';
import { NotCapturedNotice } from '../../components/library/NotCapturedNotice';
import { OpeningArticle } from '../../components/library/OpeningArticle';
import { useSettingsOffer } from './use-settings-offer';
import { exportPart, importPart, readingPart } from './parts';
import { usePrefetchOnIntent, type Intent } from './use-prefetch-on-intent';
import { memo } from 'preact/compat';
import './import.css';
import './reader.css';
import './settings-offer.css';
import './highlights.css';

// Not rendered again at each search: only when the view or its counts change.
const StatusFilter = memo(PlainStatusFilter);

// Where the pointer or focus going fetches the code a click there needs (parts.ts).
const INTENTS: Intent[] = [
  ['.list', readingPart],
  ['.import-button', importPart],
  ['.selection-bar', exportPart],
  ['.article-out', exportPart],
];

/** The library page: search, filters, the virtualised list, bulk actions and the reading view. */
export function App(first: FirstRows) {
  const t = useTranslator();
  const lib = useLibrary(first);
  const { notice, say, show, dismiss } = useNotice();
  const { exportState, startExport, cancelExport, keepImageLinksRemote, chooseImageLinks } = useExport(say);
  const { importView, chooseImportFiles, previewImportFrom, confirmImport, closeImport } = useImport(
    lib,
    say,
  );
  const folder = useFolderImport(lib.db, previewImportFrom);
  const settingsOffer = useSettingsOffer(say);
  // Goes up on every change to highlights and notes: the highlights page and filter read them again.
  const [annotated, setAnnotated] = useState(0);
  const highlightsPage = useHighlightsPage(lib.db, lib.records, annotated);
  const list = useResults(lib, highlightsPage.keep);
  const selection = useSelection(list.order);
  const active = useActiveRow(list.order);
  const { openId, opening, reading, open, reopen, back, setTags } = useReadingView(lib, say);
  const { capturingId, capturePending } = useCapturePending(lib, say, reopen);
  const { pendingCount, pendingBatch, captureAllPending, stopPendingBatch } = useCaptureAllPending(lib, say);
  const deleteWithUndo = useDeleteWithUndo(lib, show);
  const readingState = useReadingState(lib, show);
  const reader = useReader({
    reading,
    records: lib.records,
    order: list.order,
    activeId: active.activeId,
    toMatch: reading !== null && list.termsFor(reading.article.id).length > 0,
    open,
    state: readingState,
  });
  const out = useArticleOut(reading?.article ?? null, say);
  const highlights = useHighlights(lib.db, openId, reading?.article.id ?? null, show, () => {
    lib.sync();
    setAnnotated((n) => n + 1);
  });
  const { page } = highlightsPage;
  const { setStatus } = readingState;
  // The same function at each render, so the list is not rendered again at every keystroke.
  const archive = useCallback(
    (id: number, archived: boolean) => void setStatus([id], archived ? 'archived' : 'unread'),
    [setStatus],
  );
  const searchRef = useLibraryKeys({ reading, back, open, active, selection, clearSearch: list.clearSearch });
  usePrefetchOnIntent(INTENTS, readingPart);

  return (
    <div class="page">
      <main
        hidden={reading !== null || page !== null}
        class="library"
        data-search={list.searchState}
        data-results-for={list.hits?.query ?? ''}
        data-worker-ms={list.hits?.workerMs.toFixed(1) ?? ''}
        data-search-engine={lib.indexState.engine ?? ''}
        data-index-merging={lib.indexState.merging ? '' : undefined}
      >
        <header class="toolbar">
          <h1>{t.t('library.heading')}</h1>
          <SearchBox value={list.query} inputRef={searchRef} onInput={list.setQuery} />
          <ImportButton
            disabled={importView !== null}
            onFiles={(files) => {
              void settingsOffer.check(files);
              void chooseImportFiles(files);
            }}
          />
          {folder.chosen && (
            <FolderImportButton disabled={importView !== null} onClick={folder.importChanges} />
          )}
          <a href="#highlights">{t.t('highlights.page.link')}</a>
          <a href={optionsUrl()} target="_blank" rel="noreferrer">
            {t.t('library.settings')}
          </a>
        </header>
        <IndexStatus
          {...lib.indexState}
          ready={lib.indexState.ready || !lib.complete}
          onStop={lib.stopIndexing}
        />
        <UnsearchableArticles articles={lib.unsearchable} />
        {list.query && <PartialSearch partial={list.results.partial} loaded={lib.indexState.done} />}
        {!lib.complete && <LoadingArticles loaded={lib.records.length} total={lib.total} />}
        <StatusFilter value={list.status} counts={list.statusCounts} onChange={list.setStatus} />
        <FilterBar {...list.facets} filter={list.filter} onChange={list.setFilter} />
        <HighlightFilter
          checked={highlightsPage.onlyHighlighted}
          onChange={highlightsPage.setOnlyHighlighted}
        />
        <CapturePendingButton
          count={pendingCount}
          batch={pendingBatch}
          onStart={captureAllPending}
          onStop={stopPendingBatch}
        />
        <SelectionBar
          shown={list.order.length}
          total={libraryTotal(lib.complete, lib.records.length, lib.total)}
          selected={selection.ids.size}
          busy={exportState !== null}
          onSelectAll={selection.selectAll}
          onClear={selection.clear}
          onDelete={() => void deleteWithUndo(selection.inOrder(), selection.clear)}
          onExport={() => void startExport(selection.ids.size > 0 ? selection.inOrder() : list.order)}
          keepImageLinksRemote={keepImageLinksRemote}
          onKeepImageLinksRemote={chooseImageLinks}
        />
        {exportState && <ExportProgress {...exportState} onCancel={cancelExport} />}
        {lib.complete && list.order.length === 0 ? (
          <EmptyResults nothingSaved={lib.records.length === 0} />
        ) : (
          <ArticleList
            articles={list.results.articles}
            termsFor={list.termsFor}
            activeIndex={active.activeIndex}
            selected={selection.ids}
            onOpen={open}
            onToggle={selection.toggle}
            onArchive={archive}
            onActivate={active.setActiveIndex}
          />
        )}
        <StorageUsage usage={lib.storage} />
      </main>
      {reading && (
        <div class="reader-page" style={reader.settings.style}>
          <ReaderToolbar
            {...reader.toolbar}
            settingsOpen={reader.settingsOpen}
            onToggleSettings={reader.toggleSettings}
            onShortcuts={() => reader.setHelpOpen(true)}
          />
          {reader.settingsOpen && (
            <ReadingSettingsPanel settings={reader.settings.settings} onChange={reader.settings.change} />
          )}
          {reader.contents.length > 0 && <TableOfContents entries={reader.contents} onGo={reader.goTo} />}
          <ReadingView
            {...reading}
            terms={list.termsFor(reading.article.id)}
            tagSuggestions={list.facets.tags.map(([t]) => t)}
            onBack={back}
            onTagsChange={setTags}
            onBodyRendered={highlights.onBodyRendered}
            actions={
              <ArticleOutActions
                onDownload={() => void out.download()}
                onCopy={() => void out.copy()}
                onObsidian={() => void out.obsidian()}
              />
            }
          >
            {highlights.layer && <HighlightLayer {...highlights.layer} />}
          </ReadingView>
        </div>
      )}
      {reading?.article.notCaptured && (
        <NotCapturedNotice
          busy={capturingId === reading.article.id}
          onCapture={() => capturePending(reading.article)}
        />
      )}
      {opening !== null && <OpeningArticle />}
      {page && !reading && <HighlightsPage {...page} />}
      {reader.helpOpen && <ShortcutsDialog onClose={() => reader.setHelpOpen(false)} />}
      {importView && (
        <ImportDialog
          view={importView}
          onConfirm={(choice) => void confirmImport(choice).then(settingsOffer.reveal)}
          onClose={() => {
            // Closed at the preview (nothing new, or not wanted): the settings can still be used.
            if (importView.step === 'preview') settingsOffer.reveal();
            closeImport();
          }}
        />
      )}
      {!importView && settingsOffer.view && (
        <SettingsOffer
          view={settingsOffer.view}
          onApply={() => void settingsOffer.apply()}
          onDismiss={settingsOffer.dismiss}
        />
      )}
      {notice && <Notice message={notice.message} onUndo={notice.undo} onDismiss={dismiss} />}
    </div>
  );
}
