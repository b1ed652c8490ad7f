/** The search index state under the search box: building with progress, or ready. */
export function IndexStatus({ done, total, ready }: { done: number; total: number; ready: boolean }) {
  if (ready) return null;
  if (total === 0) return <p class="index-status">Loading the search index…</p>;
  return (
    <p class="index-status" role="status">
      Building the search index: {done.toLocaleString()} of {total.toLocaleString()}
      <progress max={total} value={done} aria-label="Search index progress" />
    </p>
  );
}
