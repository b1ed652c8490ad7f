import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { describeSelection } from '../../lib/highlights/describe-selection';
import type { Highlight, HighlightColor } from '../../lib/highlights/highlight';
import { saidOf } from '../../lib/i18n/message-error';
import type { CleanCaptureDb } from '../../lib/platform/store/db';
import {
  addHighlight,
  listArticleHighlights,
  readArticleNote,
  removeHighlight,
  setArticleNote,
  updateHighlight,
} from '../../lib/platform/store/highlight-store';
import { message } from '../../lib/i18n/message';
import type { NoticeState } from './use-notice';
import type { HighlightLayerProps } from '../../components/library/HighlightLayer';
import type { RenderedBody } from '../../components/library/use-painted-highlights';

/** Each body's first node when it was last reported: a new one means its content was replaced. */
const firstNodes = new WeakMap<HTMLElement, ChildNode | null>();

/** The highlight an address such as `#article=12&highlight=…` points at (the highlights page links so). */
const focusFromHash = () => /[#&]highlight=([\w-]+)/.exec(location.hash)?.[1] ?? null;

interface Annotations {
  articleId: number;
  highlights: Highlight[];
  note: string;
}

/**
 * The open article's highlights and note: read when it opens, changed and stored as the reader
 * works. `changed` runs after each stored change (the search index re-reads the article's notes).
 * They are read as soon as the article is asked for (`articleId`), beside the article itself, and
 * given to the reading view once it shows that article (`shownId`): read only after it was shown,
 * they were painted a frame later and the long body laid out twice.
 */
export function useHighlights(
  db: CleanCaptureDb,
  articleId: number | null,
  shownId: number | null,
  show: (notice: NoticeState) => void,
  changed: () => void,
) {
  const [annotations, setAnnotations] = useState<Annotations | null>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  useEffect(() => {
    // The body is not reset here: the reading view reports the new article's body on its own.
    setAnnotations(null);
    setFocusId(focusFromHash());
    if (articleId === null) return;
    let closed = false;
    void Promise.all([listArticleHighlights(db, articleId), readArticleNote(db, articleId)]).then(
      ([highlights, note]) => !closed && setAnnotations({ articleId, highlights, note }),
      (error: unknown) => show({ message: message('highlights.notRead', saidOf(error)) }),
    );
    return () => {
      closed = true;
    };
  }, [db, articleId, show]);

  const update = (change: (highlights: Highlight[]) => Highlight[]) =>
    setAnnotations((a) => a && { ...a, highlights: change(a.highlights) });
  const store = (work: Promise<unknown>) =>
    work.then(changed, (error: unknown) => show({ message: message('highlights.notSaved', saidOf(error)) }));

  const add = (range: Range, body: HTMLElement, color: HighlightColor) => {
    if (!annotations) return;
    const quote = describeSelection(body, range);
    if (!quote) return;
    const highlight: Highlight = {
      id: crypto.randomUUID(),
      articleId: annotations.articleId,
      color,
      quote,
      note: '',
      createdAt: new Date().toISOString(),
    };
    update((hs) => [...hs, highlight]);
    void store(addHighlight(db, highlight));
  };
  const setNote = (id: string, note: string) => {
    update((hs) => hs.map((h) => (h.id === id ? { ...h, note } : h)));
    void store(updateHighlight(db, id, { note }));
  };
  const remove = (id: string) => {
    update((hs) => hs.filter((h) => h.id !== id));
    void store(
      removeHighlight(db, id).then((gone) => {
        if (!gone) return;
        const undo = () => {
          setAnnotations((a) =>
            a?.articleId === gone.articleId ? { ...a, highlights: [...a.highlights, gone] } : a,
          );
          void store(addHighlight(db, gone));
        };
        show({ message: message('highlights.removed'), undo });
      }),
    );
  };
  const setNoteOnArticle = (note: string) => {
    if (!annotations) return;
    // For the article this was given for: a field that goes away stores its last words after
    // another article may have been opened.
    const { articleId: id } = annotations;
    setAnnotations((a) => (a?.articleId === id ? { ...a, note } : a));
    void store(setArticleNote(db, id, note));
  };
  // The body goes straight to the highlight layer, not through this page's state: re-rendering the
  // whole library page on each opening cost more than painting 200 highlights.
  const listeners = useRef(new Set<(body: RenderedBody) => void>());
  const lastBody = useRef<RenderedBody | null>(null);
  /** For the reading view: a new object each time, so the highlights are painted again. */
  const onBodyRendered = useCallback((element: HTMLElement) => {
    // The reading view reports its body after every render of the page; only a body whose content
    // was put in place again (a new first node) needs painting again.
    if (lastBody.current?.element === element && firstNodes.get(element) === element.firstChild) return;
    firstNodes.set(element, element.firstChild);
    lastBody.current = { element };
    for (const listener of listeners.current) listener(lastBody.current);
  }, []);
  const watchBody = useCallback((listener: (body: RenderedBody) => void) => {
    listeners.current.add(listener);
    // Not the body of an article closed meanwhile: the new one is reported once it is in place.
    if (lastBody.current?.element.isConnected) listener(lastBody.current);
    return () => void listeners.current.delete(listener);
  }, []);
  const current = annotations?.articleId === articleId && shownId === articleId ? annotations : null;
  const layer: HighlightLayerProps | null = current && {
    watchBody,
    highlights: current.highlights,
    articleNote: current.note,
    focusId,
    onHighlight: add,
    onNote: setNote,
    onRemove: remove,
    onArticleNote: setNoteOnArticle,
  };
  return { layer, onBodyRendered };
}
