import { useCallback, useEffect, useState } from 'preact/hooks';
import type { StoredArticle } from '../../lib/article';
import { saidOf } from '../../lib/i18n/message-error';
import { message, type Message } from '../../lib/i18n/message';
import { useTranslator } from '../../components/shared/use-translator';
import type { ArticleBody } from '../../lib/reading/render-article-body';
import { recordsById } from '../../lib/search/library-results';
import type { LocalImages } from '../../lib/platform/read-local-images';
import { requestKeepImages } from '../../lib/platform/runtime-messaging';
import type { Library } from './use-library';
import { readingPart } from './parts';

// `&highlight=…` may follow: the highlight to show (see use-highlights.ts).
const openIdFromHash = () => Number(/^#article=(\d+)(?:&|$)/.exec(location.hash)?.[1] ?? NaN) || null;

/**
 * The article open for reading, named in the address (`#article=12`) so Back, reload and links
 * reach it: fetched and rendered when another is asked for, shown with the tags the list holds now.
 * `opening` is the id of an article asked for and not shown yet (its rendering code may be loading).
 */
export function useReadingView(lib: Library, say: (said: Message) => void) {
  const t = useTranslator();
  const [openId, setOpenId] = useState<number | null>(openIdFromHash);
  const [reading, setReading] = useState<{ article: StoredArticle; body: ArticleBody } | null>(null);
  // Bumped to read the open article again after it changed in the store (a capture filled it in).
  const [version, setVersion] = useState(0);
  const [opening, setOpening] = useState<number | null>(null);
  useEffect(() => {
    const onHash = () => setOpenId(openIdFromHash());
    window.addEventListener('hashchange', onHash);
    // The address may have changed between the first render, which read it, and this listener.
    onHash();
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const { getArticle } = lib;
  useEffect(() => {
    setOpening(openId);
    if (openId === null) return setReading(null);
    // The stored images are shown from object URLs, revoked when this article closes.
    let closed = false;
    let images: LocalImages | null = null;
    void (async () => {
      // The rendering code comes with the first article opened, while the article is read.
      const [article, { DOMPurify, readLocalImages, renderArticleBody }] = await Promise.all([
        getArticle(openId),
        readingPart.get(),
      ]);
      if (closed) return;
      if (!article) {
        setOpening(null);
        return say(message('library.articleGone'));
      }
      const show = async () => {
        const fresh = await readLocalImages(article.id, article.markdown);
        if (closed) return fresh.release();
        images?.release();
        images = fresh;
        setOpening(null);
        setReading({ article, body: renderArticleBody(article.markdown, DOMPurify, fresh.resolve) });
        return fresh;
      };
      const shown = await show();
      document.title = t.t('library.articlePageTitle', article.title);
      // Images still waiting: the worker joins its run, or resumes one the browser stopped, and
      // answers when it ends; then they are shown from the store.
      if (shown?.pending)
        await requestKeepImages({ articleId: article.id, because: 'waiting' }).then(show, () => undefined);
    })().catch((error: unknown) => {
      if (!closed) setOpening(null);
      say(message('library.couldNotOpen', saidOf(error)));
    });
    return () => {
      closed = true;
      images?.release();
      document.title = t.t('library.pageTitle');
    };
    // Only when another article is asked for: not on every render (`lib` is a new object each time).
  }, [openId, version, getArticle, say]);

  const open = useCallback((id: number) => (location.hash = `article=${id}`), []);
  /** Opens this article, reading it again from the store if it is the one open. */
  const reopen = useCallback(
    (id: number) => (id === openIdFromHash() ? setVersion((v) => v + 1) : open(id)),
    [open],
  );
  const back = useCallback(() => {
    history.replaceState(null, '', location.pathname + location.search);
    setOpenId(null);
  }, []);
  const setTags = (tags: string[]) =>
    reading && void lib.setTags(reading.article.id, tags).then((failure) => failure && say(failure));
  // Tags changed while reading are kept in the list's records; the copy fetched on opening is older.
  const current = reading && recordsById(lib.records).get(reading.article.id);
  const shown = reading && {
    ...reading,
    article: { ...reading.article, tags: current?.tags ?? reading.article.tags },
  };
  return { openId, opening, reading: shown, open, reopen, back, setTags };
}
