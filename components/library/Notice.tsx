export interface NoticeProps {
  message: string;
  /** Shown as a button when the action can be undone. */
  onUndo?: () => void;
  onDismiss: () => void;
}

/** A short message at the bottom of the page, with Undo when there is something to undo. */
export function Notice({ message, onUndo, onDismiss }: NoticeProps) {
  return (
    <div class="notice" role="status">
      <span>{message}</span>
      {onUndo && (
        <button type="button" onClick={onUndo}>
          Undo
        </button>
      )}
      <button type="button" class="quiet" aria-label="Dismiss" onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
