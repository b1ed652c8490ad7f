import { useCallback, useEffect, useState } from 'preact/hooks';
import type { ImageStatusView } from '../../components/popup/ImageStatus';
import type { ImageStatus } from '../../lib/platform/store/image-store';
import { askForOtherSites } from '../../lib/platform/ask-for-other-sites';
import { requestKeepImages } from '../../lib/platform/runtime-messaging';
import { useWakeImageRuns } from './use-wake-image-runs';

/**
 * The images of the article just captured (`articleId`, null before), followed live as the worker
 * stores them, and the one action on them: allowing other sites, which asks the browser within the
 * click and then has the worker fetch what is left. Images still waiting keep the worker at them.
 */
export function useImageStatus(articleId: number | null) {
  const [status, setStatus] = useState<ImageStatus | null>(null);
  const [refused, setRefused] = useState(false);
  useEffect(() => {
    setStatus(null);
    setRefused(false);
    if (articleId === null) return;
    // Loaded only once a capture is stored: listing a body's images takes a Markdown parser
    // (marked), which the popup's first rows must not wait for.
    let stop: (() => void) | undefined;
    let stopped = false;
    void import('../../lib/platform/watch-image-status').then(({ watchImageStatus }) => {
      if (!stopped) stop = watchImageStatus(articleId, setStatus);
    });
    return () => {
      stopped = true;
      stop?.();
    };
  }, [articleId]);
  useWakeImageRuns(articleId, (status?.pending ?? 0) > 0);
  const allowOtherSites = useCallback(() => {
    if (articleId === null) return;
    // Asked first, before any await, so the browser sees the click.
    void askForOtherSites().then(
      async (granted) => {
        setRefused(!granted);
        if (granted) await requestKeepImages({ articleId });
      },
      () => setRefused(true),
    );
  }, [articleId]);
  const view: ImageStatusView | null = status && { ...status, refused };
  return { view, allowOtherSites };
}
