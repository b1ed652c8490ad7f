import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ArticleRecord, StoredArticle } from '../../lib/article';
import { neighbours } from '../../lib/list/neighbours';
import { recordsById } from '../../lib/search/library-results';
import {
  tableOfContents,
  wantsTableOfContents,
  type ContentsEntry,
} from '../../lib/reading/table-of-contents';
import type { ArticleBody } from '../../lib/reading/render-article-body';
import { useReaderKeys } from './use-reader-keys';
import { useReadingProgress } from './use-reading-progress';
import { useReadingSettings } from './use-reading-settings';
import type { useReadingState } from './use-reading-state';

export interface ReaderInputs {
  /** The open article, with its reading state as the list holds it now; null while the list shows. */
  reading: { article: StoredArticle; body: ArticleBody } | null;
  records: readonly ArticleRecord[];
  /** The list's order, for next and previous. */
  order: readonly number[];
  /** The list's active row, which `e` and `m` act on while no article is open. */
  activeId: number | undefined;
  /** Whether a search sent the reader to a match (then progress does not move the view). */
  toMatch: boolean;
  open: (id: number) => void;
  state: ReturnType<typeof useReadingState>;
}

/**
 * Everything around the reading view's text: its settings, progress, table of contents, next and
 * previous in the list, archive and read state, and the keys for them.
 */
export function useReader({ reading, records, order, activeId, toMatch, open, state }: ReaderInputs) {
  const article = reading?.article ?? null;
  const id = article?.id ?? null;
  const settings = useReadingSettings(article !== null);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);
  const [contents, setContents] = useState<ContentsEntry[]>([]);
  useReadingProgress(article, toMatch, state.saveProgress);

  // An article read to the end or archived leaves an unread list: next and previous stay those
  // of the list it was opened from.
  const orderAtOpen = useRef<readonly number[]>(order);
  if (id !== null && order.includes(id)) orderAtOpen.current = order;
  const { previous, next } =
    id === null ? { previous: null, next: null } : neighbours(orderAtOpen.current, id);
  const titleOf = (other: number | null) =>
    other === null ? null : (recordsById(records).get(other)?.title ?? null);

  useEffect(() => {
    const body = reading && document.querySelector('.reader .reader-body');
    const entries = body ? tableOfContents(body) : [];
    setContents(reading && wantsTableOfContents(entries, reading.article.wordCount) ? entries : []);
  }, [reading?.body]);

  const target = id ?? activeId;
  // Looked up by id when the row or the records change: each search's results put another article
  // in the active row, and finding it among 100,000 records took a millisecond of each keystroke.
  const current = useMemo(
    () => (target === undefined ? undefined : recordsById(records).get(target)),
    [records, target],
  );
  const archive = (archived = current?.status !== 'archived') =>
    current && void state.setStatus([current.id], archived ? 'archived' : 'unread');
  const markRead = (read = current?.status !== 'read') =>
    current && void state.setStatus([current.id], read ? 'read' : 'unread');
  useReaderKeys({
    reading: id !== null,
    next: () => next !== null && open(next),
    previous: () => previous !== null && open(previous),
    archive: () => archive(),
    toggleRead: () => markRead(),
    helpOpen,
    setHelpOpen,
  });

  return {
    settings,
    settingsOpen,
    toggleSettings: () => setSettingsOpen((o) => !o),
    helpOpen,
    setHelpOpen,
    contents,
    goTo: (heading: string) => document.getElementById(heading)?.scrollIntoView({ block: 'start' }),
    toolbar: {
      status: current?.status ?? 'unread',
      previousTitle: titleOf(previous),
      nextTitle: titleOf(next),
      onPrevious: () => previous !== null && open(previous),
      onNext: () => next !== null && open(next),
      onArchive: (archived: boolean) => archive(archived),
      onMarkRead: (read: boolean) => markRead(read),
    },
  };
}
