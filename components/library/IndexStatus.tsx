import { useTranslator } from '../shared/use-translator';

export interface IndexStatusProps {
  ready: boolean;
  /** Reading the saved index, or indexing articles (a first run, or an index that was missing or stale). */
  phase: 'loading' | 'building';
  done: number;
  total: number;
  /** Stops a build part way: what is indexed stays, the rest is found by title, authors and site. */
  onStop?: () => void;
  /** Full-text search stopped, and why ('' when no reason is known). */
  failed?: string;
}

/**
 * The search index state under the search box: loading or building with progress (a build with a
 * Stop button), why full-text search stopped if it did, or nothing once ready.
 */
export function IndexStatus({ ready, phase, done, total, onStop, failed }: IndexStatusProps) {
  const t = useTranslator();
  if (failed !== undefined)
    return (
      <p class="index-status" role="alert">
        {failed ? t.t('library.searchStopped', failed) : t.t('library.searchStoppedNoReason')}
      </p>
    );
  if (ready) return null;
  if (total === 0)
    return (
      <p class="index-status" role="status">
        {t.t('library.loadingIndex')}
      </p>
    );
  return (
    <p class="index-status" role="status">
      {t.plural(
        phase === 'loading' ? 'library.loadingIndexProgress' : 'library.buildingIndexProgress',
        total,
        done,
      )}
      <progress max={total} value={done} aria-label={t.t('library.indexProgress')} />
      {phase === 'building' && onStop && (
        <button type="button" onClick={onStop}>
          {t.t('library.stopIndexing')}
        </button>
      )}
    </p>
  );
}
