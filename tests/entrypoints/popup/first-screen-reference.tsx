import { countByStatus, inStatusView } from '../../../lib/reading-state/reading-state';
import { FIRST_PAINT_ROWS, type PopupRow } from '../../../lib/first-screen/first-screen';
import { StatusFilter } from '../../../components/shared/StatusFilter';
import { ArticleList } from '../../../components/popup/ArticleList';
import { PopupHeader } from '../../../components/popup/PopupHeader';
import { PopupSearch } from '../../../components/popup/PopupSearch';
import { SelectionBar } from '../../../components/popup/SelectionBar';

export interface FirstScreenProps {
  /** The snapshot's rows, newest first. */
  rows: PopupRow[];
  /** How many articles are stored, as the snapshot says. */
  total: number;
  libraryUrl: string;
  settingsUrl: string;
}

const ignore = () => undefined;

/**
 * The popup as its first render draws it (App.tsx, with the status view, search and selection as
 * they start), for the rows of the first screen's snapshot, made of the App's own components. The
 * popup's head script builds this markup with the DOM alone, without Preact
 * (entrypoints/popup/build-first-screen.ts); build-first-screen.test holds the two equal, so a change
 * to those components fails it until the head script follows. Only the rows in view are built (see ArticleList).
 */
export function FirstScreen({ rows, total, libraryUrl, settingsUrl }: FirstScreenProps) {
  const shown = rows.filter((row) => inStatusView(row, 'unread'));
  return (
    <main class="popup">
      <PopupHeader total={total} shown={rows.length} libraryUrl={libraryUrl} settingsUrl={settingsUrl} />
      <StatusFilter value="unread" counts={countByStatus(rows)} onChange={ignore} />
      <PopupSearch value="" matches={null} total={total} onInput={ignore} onSubmit={ignore} />
      <SelectionBar
        shown={shown.length}
        selected={0}
        progress={null}
        onToggleAll={ignore}
        onExport={ignore}
        keepImageLinksRemote={false}
        onKeepImageLinksRemote={ignore}
      />
      <ArticleList
        articles={shown.slice(0, FIRST_PAINT_ROWS)}
        loaded
        selectedIds={new Set()}
        freshId={null}
        onToggle={ignore}
        onOpen={ignore}
        onCopy={ignore}
        onDownload={ignore}
        onObsidian={ignore}
        onDelete={ignore}
      />
    </main>
  );
}
