import { ArticleList } from '../../components/library/ArticleList';
import { EmptyResults } from '../../components/library/EmptyResults';
import { ExportProgress } from '../../components/library/ExportProgress';
import { FilterBar } from '../../components/library/FilterBar';
import { ImportButton } from '../../components/library/ImportButton';
import { ImportDialog } from '../../components/library/ImportDialog';
import { IndexStatus } from '../../components/library/IndexStatus';
import { Notice } from '../../components/library/Notice';
import { PartialSearch } from '../../components/library/PartialSearch';
import { ReadingView } from '../../components/library/ReadingView';
import { HighlightLayer } from '../../components/library/HighlightLayer';
import { HighlightFilter } from '../../components/library/HighlightFilter';
import { HighlightsPage } from '../../components/library/HighlightsPage';
import { useTranslator } from '../../components/shared/use-translator';
import { SearchBox } from '../../components/library/SearchBox';
import { SelectionBar } from '../../components/library/SelectionBar';
import { StorageUsage } from '../../components/library/StorageUsage';
import { UnsearchableArticles } from '../../components/library/UnsearchableArticles';
import { useActiveRow } from './use-active-row';
import { useDeleteWithUndo } from './use-delete-with-undo';
import { useExport } from './use-export';
import { useHighlights } from './use-highlights';
import { useHighlightsPage } from './use-highlights-page';
import { useState } from 'preact/hooks';
import { useImport } from './use-import';
import { useLibrary } from './use-library';
import { useLibraryKeys } from './use-library-keys';
import { useNotice } from './use-notice';
import { useReadingView } from './use-reading-view';
import { useResults } from './use-results';
import { optionsUrl } from '../../lib/platform/options-url';
import { useSelection } from './use-selection';
import './import.css';
import './highlights.css';

/** The library page: search, filters, the virtualised list, bulk actions and the reading view. */
export function App() {
  const { t } = useTranslator();
  const lib = useLibrary();
  const { notice, say, show, dismiss } = useNotice();
  const { exportState, startExport, cancelExport, keepImageLinksRemote, chooseImageLinks } = useExport(
    lib.db,
    say,
  );
  const { importView, chooseImportFile, confirmImport, closeImport } = useImport(lib, say);
  // Goes up on every change to highlights and notes: the highlights page and filter read them again.
  const [annotated, setAnnotated] = useState(0);
  const highlightsPage = useHighlightsPage(lib.db, lib.records, annotated);
  const list = useResults(lib, highlightsPage.keep);
  const selection = useSelection(list.order);
  const active = useActiveRow(list.order);
  const { reading, open, back, setTags } = useReadingView(lib, say);
  const deleteWithUndo = useDeleteWithUndo(lib, show);
  const highlights = useHighlights(lib.db, reading?.article.id ?? null, { t }, show, () => {
    lib.sync();
    setAnnotated((n) => n + 1);
  });
  const { page } = highlightsPage;
  const searchRef = useLibraryKeys({ reading, back, open, active, selection, clearSearch: list.clearSearch });

  return (
    <div class="page">
      <main
        hidden={reading !== null || page !== null}
        class="library"
        data-search={list.searchState}
        data-results-for={list.hits?.query ?? ''}
        data-worker-ms={list.hits?.workerMs.toFixed(1) ?? ''}
      >
        <header class="toolbar">
          <h1>Library</h1>
          <SearchBox value={list.query} inputRef={searchRef} onInput={list.setQuery} />
          <ImportButton disabled={importView !== null} onFile={(file) => void chooseImportFile(file)} />
          <a href="#highlights">{t('highlights.page.link')}</a>
          <a href={optionsUrl()} target="_blank" rel="noreferrer">
            Settings
          </a>
        </header>
        <IndexStatus {...lib.indexState} ready={lib.indexState.ready || !lib.complete} />
        <UnsearchableArticles articles={lib.unsearchable} />
        {list.query && <PartialSearch partial={list.results.partial} loaded={lib.indexState.done} />}
        <FilterBar {...list.facets} filter={list.filter} onChange={list.setFilter} />
        <HighlightFilter
          checked={highlightsPage.onlyHighlighted}
          onChange={highlightsPage.setOnlyHighlighted}
        />
        <SelectionBar
          shown={list.order.length}
          total={lib.records.length}
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
            onActivate={active.setActiveIndex}
          />
        )}
        <StorageUsage usage={lib.storage} />
      </main>
      {reading && (
        <ReadingView
          {...reading}
          terms={list.termsFor(reading.article.id)}
          tagSuggestions={list.facets.tags.map(([t]) => t)}
          onBack={back}
          onTagsChange={setTags}
          onBodyRendered={highlights.onBodyRendered}
        >
          {highlights.layer && <HighlightLayer {...highlights.layer} />}
        </ReadingView>
      )}
      {page && !reading && <HighlightsPage {...page} />}
      {importView && (
        <ImportDialog view={importView} onConfirm={(r) => void confirmImport(r)} onClose={closeImport} />
      )}
      {notice && <Notice message={notice.message} onUndo={notice.undo} onDismiss={dismiss} />}
    </div>
  );
}
