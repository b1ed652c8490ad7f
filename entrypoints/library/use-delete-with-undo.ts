import { useCallback } from 'preact/hooks';
import { counted, message } from '../../lib/i18n/message';
import type { Library } from './use-library';
import type { NoticeState } from './use-notice';

/**
 * Deletes articles (then `onDeleted`) and says so in a notice whose Undo puts them back; an article saved again
 * meanwhile keeps its newer copy, and the message says how many.
 */
export function useDeleteWithUndo(
  { remove, restore }: Pick<Library, 'remove' | 'restore'>,
  show: (notice: NoticeState | null) => void,
) {
  return useCallback(
    async (ids: readonly number[], onDeleted: () => void) => {
      const removed = await remove(ids);
      onDeleted();
      show({
        message: counted('library.deleted', removed.articles.length),
        undo: () => {
          show(null);
          void restore(removed).then((skipped) =>
            show({
              message:
                skipped === 0 ? message('library.restored') : counted('library.restoredExcept', skipped),
            }),
          );
        },
      });
    },
    [remove, restore, show],
  );
}
