import { ImageLinksChoice } from '../shared/ImageLinksChoice';
import { useTranslator } from '../shared/use-translator';

export interface SelectionBarProps {
  shown: number;
  /** How many articles there are in all; null while the library still counts them (libraryTotal). */
  total: number | null;
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
  const t = useTranslator();
  const counts = [
    total === null
      ? ''
      : shown === total
        ? t.plural('library.articles', total)
        : t.plural('library.shownOfTotal', total, shown),
    selected > 0 ? t.t('library.selected', selected) : '',
  ];
  return (
    <div class="selection-bar">
      <span class="count" aria-live="polite">
        {counts.filter(Boolean).join(' · ')}
      </span>
      <button type="button" onClick={onSelectAll} disabled={shown === 0}>
        {t.t('library.selectAll')}
      </button>
      {selected > 0 && (
        <button type="button" onClick={onClear}>
          {t.t('library.clearSelection')}
        </button>
      )}
      <button type="button" onClick={onExport} disabled={busy || shown === 0}>
        {selected > 0 ? t.t('library.exportSelected', selected) : t.t('library.exportShown', shown)}
      </button>
      <ImageLinksChoice keepRemote={keepImageLinksRemote} disabled={busy} onChange={onKeepImageLinksRemote} />
      <button type="button" class="danger" onClick={onDelete} disabled={busy || selected === 0}>
        {t.t('library.deleteSelected')}
      </button>
    </div>
  );
}
