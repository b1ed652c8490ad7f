export interface EmptyResultsProps {
  /** True when the library holds no article at all, false when the search or filters leave none. */
  nothingSaved: boolean;
}

/** What the list area says when it has no row to show. */
export function EmptyResults({ nothingSaved }: EmptyResultsProps) {
  return (
    <p class="empty">
      {nothingSaved ? 'Nothing saved yet. Capture an article from the toolbar button.' : 'No articles match.'}
    </p>
  );
}
