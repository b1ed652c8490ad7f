import { countByStatus, inStatusView } from '../../lib/reading-state/reading-state';
import { FIRST_PAINT_ROWS, type PopupRow } from '../../lib/first-screen/first-screen';
import { StatusFilter } from '../shared/StatusFilter';
import { ArticleList } from './ArticleList';
import { PopupHeader } from './PopupHeader';
import { PopupSearch } from './PopupSearch';
import { SelectionBar } from './SelectionBar';

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
 * they start), for the rows of the first screen's snapshot. The popup's head script builds this
 * markup with the DOM alone, without Preact (entrypoints/popup/build-first-screen.ts); a test holds
 * the two equal, so this is the reference to change first. Only the rows in view are built (see ArticleList).
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
