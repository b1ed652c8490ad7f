/** The running export: a progress bar and Cancel. */
export function ExportProgress({
  done,
  total,
  onCancel,
}: {
  done: number;
  total: number;
  onCancel: () => void;
}) {
  return (
    <div class="export-progress" role="status">
      <span>
        Exporting {done.toLocaleString()} of {total.toLocaleString()}…
      </span>
      <progress max={total} value={done} aria-label="Export progress" />
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
