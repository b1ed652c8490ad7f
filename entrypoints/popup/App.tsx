import { useMemo } from 'preact/hooks';
import { ArticleList } from '../../components/popup/ArticleList';
import { CaptureStatus } from '../../components/popup/CaptureStatus';
import { FolderNotice } from '../../components/popup/FolderNotice';
import { ImageStatus } from '../../components/popup/ImageStatus';
import { NoticeBanner } from '../../components/popup/NoticeBanner';
import { PopupHeader } from '../../components/popup/PopupHeader';
import { PopupSearch } from '../../components/popup/PopupSearch';
import { SaveAllTabs } from '../../components/popup/SaveAllTabs';
import { SelectionBar } from '../../components/popup/SelectionBar';
import { Toast } from '../../components/popup/Toast';
import { StatusFilter } from '../../components/shared/StatusFilter';
import type { FirstRows } from '../../lib/first-screen/first-rows';
import { libraryUrl } from '../../lib/platform/open-library';
import { optionsUrl } from '../../lib/platform/options-url';
import { useArticleActions } from './use-article-actions';
import { useArticles, type ArticlesRead } from './use-articles';
import { useCapture } from './use-capture';
import type { FirstCapture } from './early-capture';
import { useImageStatus } from './use-image-status';
import { useExport } from './use-export';
import { useFolderNotice } from './use-folder-notice';
import { usePopupSearch } from './use-popup-search';
import { useSaveAllTabs } from './use-save-all-tabs';
import { useSelection } from './use-selection';
import { useShortcutNotice } from './use-shortcut-notice';
import { useStatusView } from './use-status-view';
import { useTags } from './use-tags';
import { useToast } from './use-toast';

const idsOf = (articles: readonly { id: number }[]) => articles.map((a) => a.id);

/** The toolbar popup: captures the current tab on open, then lists, exports and manages articles. */
export function App({
  firstRead,
  firstRows,
  firstTotal,
  firstCapture,
}: {
  firstRead: ArticlesRead;
  /** The first rows (the database's or the snapshot's), when they came before the first render. */
  firstRows?: FirstRows;
  /** How many articles are stored, once known (see repairFirstScreen). */
  firstTotal?: Promise<number | null>;
  firstCapture: FirstCapture;
}) {
  const { articles, total, loaded, error, reload } = useArticles(firstRead, firstRows, firstTotal);
  const { toast, show: showToast, dismiss: dismissToast } = useToast();
  const actions = useArticleActions(reload, showToast);
  const exporter = useExport(showToast, loaded);
  const notice = useShortcutNotice();
  const { view, capture, freshId } = useCapture(firstCapture, reload);
  const tags = useTags(freshId);
  // Only a capture that stored text now has images to follow (not one found already saved).
  const images = useImageStatus(view.kind === 'saved' ? freshId : null);
  const status = useStatusView(articles);
  const search = usePopupSearch(status.shown);
  const listed = useMemo(() => idsOf(articles), [articles]);
  const selection = useSelection(listed);
  const batch = useSaveAllTabs();
  const folder = useFolderNotice();

  return (
    <main class="popup">
      <PopupHeader
        total={total}
        shown={articles.length}
        libraryUrl={libraryUrl()}
        settingsUrl={optionsUrl()}
      />
      {notice.notice && <NoticeBanner message={notice.notice} onDismiss={notice.dismiss} />}
      <FolderNotice status={folder.status} settingsUrl={optionsUrl()} onAllow={folder.allow} />
      <CaptureStatus
        view={view}
        onCaptureAgain={() => void capture({ replace: true, wholePage: false })}
        onSaveWholePage={() => void capture({ replace: false, wholePage: true })}
        tags={tags}
      />
      {images.view && <ImageStatus view={images.view} onAllowOtherSites={images.allowOtherSites} />}
      {batch.view && (
        <SaveAllTabs
          view={batch.view}
          count={batch.count}
          onOffer={batch.offer}
          onAllow={batch.allow}
          onCancel={batch.cancel}
        />
      )}
      {error && (
        <p class="status status--error" role="alert">
          {error}
        </p>
      )}
      <StatusFilter value={status.view} counts={status.counts} onChange={status.setView} />
      <PopupSearch
        value={search.query}
        matches={search.filtered ? search.shown.length : null}
        total={total}
        onInput={search.setQuery}
        onSubmit={search.searchLibrary}
      />
      <SelectionBar
        shown={search.shown.length}
        selected={selection.selected.size}
        progress={exporter.progress}
        onToggleAll={() => selection.toggleAll(idsOf(search.shown))}
        onExport={() => void exporter.exportZip(selection.selectedIn(listed))}
        keepImageLinksRemote={exporter.keepImageLinksRemote}
        onKeepImageLinksRemote={exporter.chooseImageLinks}
      />
      <ArticleList
        articles={search.shown}
        loaded={loaded}
        filtered={search.filtered}
        selectedIds={selection.selected}
        freshId={freshId}
        onToggle={selection.toggle}
        onOpen={actions.open}
        onCopy={(a) => void actions.copy(a)}
        onDownload={(a) => void actions.download(a)}
        onObsidian={(a) => void actions.obsidian(a)}
        onDelete={(a) => void actions.remove(a)}
      />
      {toast && <Toast {...toast} onDismiss={dismissToast} />}
    </main>
  );
}
