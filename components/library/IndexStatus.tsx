export interface IndexStatusProps {
  ready: boolean;
  /** Reading the saved index, or indexing articles (a first run, or an index that was missing or stale). */
  phase: 'loading' | 'building';
  done: number;
  total: number;
}

/** The search index state under the search box: loading or building with progress, or nothing once ready. */
export function IndexStatus({ ready, phase, done, total }: IndexStatusProps) {
  if (ready) return null;
  if (total === 0)
    return (
      <p class="index-status" role="status">
        Loading the search index…
      </p>
    );
  const doing = phase === 'loading' ? 'Loading the search index' : 'Building the search index';
  return (
    <p class="index-status" role="status">
      {doing}: {done.toLocaleString()} of {total.toLocaleString()} articles.
      <progress max={total} value={done} aria-label="Search index progress" />
    </p>
  );
}
