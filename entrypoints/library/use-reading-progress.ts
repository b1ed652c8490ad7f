import { useEffect, useRef } from 'preact/hooks';
import type { ReadingState } from '../../lib/article';
import { END_OF_ARTICLE, progressAt, scrollTopFor } from '../../lib/reading-state/reading-state';

/** Quiet time after the last scroll before progress is stored: one write per pause, not per frame. */
const SAVE_AFTER_MS = 400;

/** Where the open article's body is on the page, for progress: its top and height, in page pixels. */
function bodyBox(): { top: number; height: number } | null {
  const body = document.querySelector('.reader .reader-body');
  if (!body) return null;
  const box = body.getBoundingClientRect();
  return { top: box.top + window.scrollY, height: box.height };
}

/**
 * Resolves once every image of the open body has loaded or failed: until then the body is not its
 * own height, and an article with pictures would seem to fit on one screen.
 */
function bodyImagesSettled(): Promise<void> {
  const waiting = Array.from(document.querySelectorAll<HTMLImageElement>('.reader .reader-body img')).filter(
    (image) => !image.complete,
  );
  return Promise.all(
    waiting.map(
      (image) =>
        new Promise<void>((done) => {
          image.addEventListener('load', () => done(), { once: true });
          image.addEventListener('error', () => done(), { once: true });
        }),
    ),
  ).then(() => undefined);
}

function progressNow(): number | null {
  const box = bodyBox();
  return box && progressAt(window.scrollY, window.innerHeight, box.top, box.height);
}

/**
 * Reading progress of the open article: it reopens where it was left (unless a search sent the
 * reader to a match), and scrolling stores how far it is read. Scrolling to the end marks it read
 * at once. Only the reader's scrolling counts: where the view opens (a restored position, a search
 * match) is measured first and stores nothing. An unread article that fits on one screen is read
 * to the end as soon as it is shown, so opening it marks it read: there is nothing to scroll.
 */
export function useReadingProgress(
  open: (Pick<ReadingState, 'status' | 'progress'> & { id: number }) | null,
  toMatch: boolean,
  save: (id: number, progress: number) => unknown,
) {
  const id = open?.id ?? null;
  const stored = useRef(open?.progress ?? 0);
  stored.current = open?.progress ?? 0;
  const unread = useRef(false);
  unread.current = open?.status === 'unread';
  const latestSave = useRef(save);
  latestSave.current = save;
  useEffect(() => {
    if (id === null) return;
    const box = bodyBox();
    if (box && !toMatch) {
      window.scrollTo({ top: scrollTopFor(stored.current, window.innerHeight, box.top, box.height) });
    }
    let last = progressNow();
    let closed = false;
    // Judged once its images are in: only then does the body have the height the reader sees.
    if (box && unread.current) {
      void bodyImagesSettled().then(() => {
        const settled = bodyBox();
        if (closed || !settled || !unread.current) return;
        if (progressAt(0, window.innerHeight, settled.top, settled.height) >= END_OF_ARTICLE)
          latestSave.current(id, 1);
      });
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    const flush = () => {
      clearTimeout(timer);
      timer = undefined;
      const now = progressNow();
      if (now === null || now === last) return;
      last = now;
      latestSave.current(id, now);
    };
    const onScroll = () => {
      const now = progressNow();
      if (now !== null && now >= END_OF_ARTICLE) return flush();
      clearTimeout(timer);
      timer = setTimeout(flush, SAVE_AFTER_MS);
    };
    // Leaving stores only a scroll still waiting to be stored: the body growing as its images load
    // moves the measured progress without the reader having read any further.
    const onHide = () => {
      if (timer !== undefined) flush();
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('pagehide', onHide);
    return () => {
      closed = true;
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('pagehide', onHide);
      if (timer !== undefined) flush();
    };
  }, [id, toMatch]);
}
