import { counted, message } from '../../lib/i18n/message';
import { useCallback } from 'preact/hooks';
import type { ArticleStatus, ReadingState } from '../../lib/article';
import { saidOf } from '../../lib/i18n/message-error';
import {
  restoreReadingStates,
  saveReadingProgress,
  setArticleStatus,
  type PreviousStates,
} from '../../lib/platform/store/reading-state-store';
import type { Library } from './use-library';
import type { NoticeState } from './use-notice';

/**
 * Articles' reading states: a status set from the list or the reading view (archive, with Undo in
 * the notice), and the progress the reading view reports. The list's records follow each change.
 */
export function useReadingState(
  { db, patchRecords }: Pick<Library, 'db' | 'patchRecords'>,
  show: (notice: NoticeState | null) => void,
) {
  const apply = useCallback(
    (states: ReadonlyArray<{ id: number } & Partial<ReadingState>>) =>
      patchRecords(new Map(states.map(({ id, ...state }) => [id, state]))),
    [patchRecords],
  );
  const fail = useCallback(
    (error: unknown) => show({ message: message('reading.stateNotSaved', saidOf(error)) }),
    [show],
  );

  /** Gives articles a status; archiving (or taking out of the archive) says so with Undo. */
  const setStatus = useCallback(
    async (ids: readonly number[], status: ArticleStatus) => {
      let before: PreviousStates;
      try {
        before = await setArticleStatus(db, ids, status);
      } catch (error) {
        return fail(error);
      }
      apply(before.map(({ id }) => ({ id, status })));
      const changed = before.filter((b) => b.status !== status);
      if (changed.length === 0) return;
      const said =
        status === 'archived'
          ? counted('reading.archived', changed.length)
          : counted(status === 'read' ? 'reading.markedRead' : 'reading.markedUnread', changed.length);
      show({
        message: said,
        undo: () => {
          show(null);
          restoreReadingStates(db, changed).then(() => apply(changed), fail);
        },
      });
    },
    [db, apply, fail, show],
  );

  /** Stores how far an article was read (reaching the end marks it read). */
  const saveProgress = useCallback(
    (id: number, progress: number) =>
      saveReadingProgress(db, id, progress).then((state) => state && apply([{ id, ...state }]), fail),
    [db, apply, fail],
  );

  return { setStatus, saveProgress };
}
