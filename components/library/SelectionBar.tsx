import { ImageLinksChoice } from '../shared/ImageLinksChoice';

export interface SelectionBarProps {
  shown: number;
  total: number;
  selected: number;
  busy: boolean;
  onSelectAll: () => void;
  onClear: () => void;
  onDelete: () => void;
  onExport: () => void;
  /** The export leaves images as remote links (no assets/ in the zip). */
  keepImageLinksRemote: boolean;
  onKeepImageLinksRemote: (keepRemote: boolean) => void;
}

/** Result count and the bulk actions; export covers the selection, or every result when none is selected. */
export function SelectionBar({
  shown,
  total,
  selected,
  busy,
  onSelectAll,
  onClear,
  onDelete,
  onExport,
  keepImageLinksRemote,
  onKeepImageLinksRemote,
}: SelectionBarProps) {
  return (
    <div class="selection-bar">
      <span class="count" aria-live="polite">
        {shown === total
          ? `${total.toLocaleString()} articles`
          : `${shown.toLocaleString()} of ${total.toLocaleString()} articles`}
        {selected > 0 && ` · ${selected.toLocaleString()} selected`}
      </span>
      <button type="button" onClick={onSelectAll} disabled={shown === 0}>
        Select all
      </button>
      {selected > 0 && (
        <button type="button" onClick={onClear}>
          Clear selection
        </button>
      )}
      <button type="button" onClick={onExport} disabled={busy || shown === 0}>
        {selected > 0
          ? `Export ${selected.toLocaleString()} selected`
          : `Export ${shown.toLocaleString()} shown`}
      </button>
      <ImageLinksChoice keepRemote={keepImageLinksRemote} disabled={busy} onChange={onKeepImageLinksRemote} />
      <button type="button" class="danger" onClick={onDelete} disabled={busy || selected === 0}>
        Delete selected
      </button>
    </div>
  );
}
