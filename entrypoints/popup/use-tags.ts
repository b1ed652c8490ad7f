import { MessageError, saidOf } from '../../lib/i18n/message-error';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { TagNote } from '../../components/popup/CapturedTags';
import { describeTagChange } from '../../lib/tags/describe-tag-change';
import { message, say } from '../../lib/i18n/message';
import { useTranslator } from '../../components/shared/use-translator';
import { loadPopupStore } from './load-popup-store';

/**
 * The tags of the article just captured (`id`, null before any capture): read once the capture is
 * stored, written through the same store call as the library's reading view. Each change shows at
 * once; a failed write puts back what the store holds and says why.
 */
export function useTags(id: number | null) {
  const t = useTranslator();
  const [tags, setTags] = useState<string[] | null>(null);
  const [suggestions, setSuggestions] = useState<string[]>([]);
  const [note, setNote] = useState<TagNote | null>(null);
  // What the store holds, to go back to after a failed write, and what is on screen, to say
  // what a change did even when the user adds two tags faster than the first write ends.
  const stored = useRef<string[]>([]);
  const shown = useRef<string[]>([]);

  useEffect(() => {
    setTags(null);
    setNote(null);
    if (id === null) return;
    let current = true;
    loadPopupStore()
      .then(({ getDatabase, readArticleTags, listTagNames }) =>
        Promise.all([readArticleTags(getDatabase(), id), listTagNames(getDatabase())]),
      )
      .then(
        ([found, names]) => {
          if (!current) return;
          if (!found) {
            setNote({ tone: 'error', text: t.t('popup.articleGone') });
            return;
          }
          stored.current = shown.current = found;
          setTags(found);
          setSuggestions(names);
        },
        (error: unknown) => {
          if (current) setNote({ tone: 'error', text: t.t('popup.couldNotReadTags', say(t, saidOf(error))) });
        },
      );
    return () => {
      current = false;
    };
  }, [id]);

  const change = useCallback(
    (next: string[]) => {
      if (id === null) return;
      const before = shown.current;
      shown.current = next;
      setTags(next);
      void (async () => {
        try {
          const { setArticleTags, getDatabase } = await loadPopupStore();
          if (!(await setArticleTags(getDatabase(), id, next)))
            throw new MessageError(message('popup.noLongerSaved'));
          stored.current = next;
          setNote({ tone: 'ok', text: say(t, describeTagChange(before, next)) });
        } catch (error) {
          shown.current = stored.current;
          setTags(stored.current);
          setNote({
            tone: 'error',
            text: t.t('popup.tagsNotSaved', say(t, saidOf(error)).replace(/\.$/, '')),
          });
        }
      })();
    },
    [id],
  );

  return { tags, suggestions, note, onChange: change };
}
