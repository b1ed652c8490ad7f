/** What became of a linked article, in display terms. */
export type LinkOutcomeView =
  | { kind: 'saving' }
  | { kind: 'saved'; title: string }
  | { kind: 'duplicate'; title: string }
  | { kind: 'failed'; message: string };

export interface LinkOutcomeProps {
  view: LinkOutcomeView;
  onClose: () => void;
}

/** The linked article's outcome: saving, saved, already saved, or why nothing was saved. */
export function LinkOutcome({ view, onClose }: LinkOutcomeProps) {
  const tone = view.kind === 'failed' ? 'error' : view.kind === 'saving' ? 'busy' : 'ok';
  return (
    <section
      class={`status status--${tone}`}
      role={view.kind === 'failed' ? 'alert' : 'status'}
      aria-live="polite"
    >
      {view.kind === 'saving' && <p>Saving the linked article…</p>}
      {view.kind === 'saved' && (
        <p>
          <strong>Saved</strong> “{view.title}”
        </p>
      )}
      {view.kind === 'duplicate' && (
        <p>
          <strong>Already saved</strong> “{view.title}”. Nothing was duplicated.
        </p>
      )}
      {view.kind === 'failed' && (
        <p>
          <strong>Not saved.</strong> {view.message}
        </p>
      )}
      {view.kind !== 'saving' && (
        <button type="button" class="button" onClick={onClose}>
          Close
        </button>
      )}
    </section>
  );
}
