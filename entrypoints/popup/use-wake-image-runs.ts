import { useEffect, useState } from 'preact/hooks';
import { MAX_IMAGE_RUN_ATTEMPTS } from '../../lib/images/plan-image-run';
import { requestKeepImages } from '../../lib/platform/runtime-messaging';

/**
 * While the article's images are `waiting`, asks the worker to carry on with them: it joins the run
 * under way, or resumes one the browser stopped (see createImageRuns). The answer comes when the
 * run ends; a request the stopped worker drops is sent again, which starts the worker anew. A few
 * times at most: past that the worker itself gives up on what is left.
 */
export function useWakeImageRuns(articleId: number | null, waiting: boolean): void {
  const [asked, setAsked] = useState(0);
  useEffect(() => setAsked(0), [articleId]);
  useEffect(() => {
    if (articleId === null || !waiting || asked > MAX_IMAGE_RUN_ATTEMPTS) return;
    let current = true;
    void requestKeepImages({ articleId, because: 'waiting' })
      .catch(() => undefined)
      .finally(() => current && setAsked((n) => n + 1));
    return () => {
      current = false;
    };
  }, [articleId, waiting, asked]);
}
