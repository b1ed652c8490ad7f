import { useEffect, useRef, useState } from 'preact/hooks';
import type { StorageFigures } from '../../components/library/StorageUsage';
import { estimateOriginUsage, measureStorage } from '../../lib/platform/measure-storage';
import { openSearchDatabase } from '../../lib/platform/search-index-store';
import type { ArticleRecord } from '../../lib/article';
import type { CleanCaptureDb } from '../../lib/platform/store/db';

// Chrome and Firefox have requestIdleCallback; the fallback only keeps the page working without it.
const whenIdle = (run: () => void): (() => void) => {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(run, { timeout: 5000 });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(run, 200);
  return () => clearTimeout(handle);
};

/**
 * The storage the library uses, measured in idle time once the full list is painted and again
 * whenever its records change (deletes, undo, imports, captures seen on return) or the index settles.
 * Measuring reads every body, so it never runs before the list is on screen.
 */
export function useStorageUsage(
  db: CleanCaptureDb,
  records: readonly ArticleRecord[],
  complete: boolean,
  indexReady: boolean,
  /** The search index's size when the worker measured it (see IndexState.bytes). */
  indexBytes: number | null | undefined,
) {
  const [figures, setFigures] = useState<StorageFigures | null>(null);
  // One measure at a time: each waits for the one before, and one asked for by a render that has
  // since been replaced never starts, so quick changes (a burst of deletes) read the bodies once.
  const previous = useRef<Promise<void>>(Promise.resolve());

  useEffect(() => {
    if (!complete) return;
    let cancelled = false;
    const cancelIdle = whenIdle(() => {
      previous.current = previous.current.then(async () => {
        if (cancelled) return;
        // Its own connection, closed after: the worker owns the index and may delete it to rebuild.
        // Opened only for MiniSearch: opening it would create it again where FTS5 removed it.
        const searchDb = indexBytes === null ? openSearchDatabase() : null;
        try {
          const [usage, browserTotal] = await Promise.all([
            measureStorage(db, searchDb ?? indexBytes ?? 0, records),
            estimateOriginUsage(),
          ]);
          if (!cancelled) setFigures({ ...usage, browserTotal });
        } catch {
          // The line is left as it was: a figure that cannot be read is not worth an alarm.
        } finally {
          searchDb?.close();
        }
      });
    });
    return () => {
      cancelled = true;
      cancelIdle();
    };
  }, [db, records, complete, indexReady, indexBytes]);

  return figures;
}
