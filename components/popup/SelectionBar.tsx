import { useEffect, useRef } from 'preact/hooks';
import { ImageLinksChoice } from '../shared/ImageLinksChoice';
import { useTranslator } from '../shared/use-translator';

export interface SelectionBarProps {
  shown: number;
  selected: number;
  /** Export progress while a zip is being built, else null. */
  progress: { done: number; total: number } | null;
  onToggleAll: () => void;
  onExport: () => void;
  /** The export leaves images as remote links (no assets/ in the zip). */
  keepImageLinksRemote: boolean;
  onKeepImageLinksRemote: (keepRemote: boolean) => void;
}

/** "Select all", the Export button for the chosen articles and the export's choice of image links. */
export function SelectionBar({
  shown,
  selected,
  progress,
  onToggleAll,
  onExport,
  keepImageLinksRemote,
  onKeepImageLinksRemote,
}: SelectionBarProps) {
  const t = useTranslator();
  const allBox = useRef<HTMLInputElement>(null);
  const all = shown > 0 && selected === shown;
  useEffect(() => {
    if (allBox.current) allBox.current.indeterminate = selected > 0 && !all;
  }, [selected, all]);
  const label = progress
    ? t.t('popup.exporting', progress.done, progress.total)
    : selected > 0
      ? t.t('popup.exportSelected', selected)
      : t.t('popup.export');
  return (
    <div class="bar">
      <label class="bar__all">
        <input ref={allBox} type="checkbox" checked={all} disabled={shown === 0} onChange={onToggleAll} />
        {t.t('popup.selectAll')}
      </label>
      <span class="bar__count" aria-live="polite">
        {selected > 0 ? t.t('popup.selectedCount', selected) : t.t('popup.selectToExport')}
      </span>
      <button
        type="button"
        class="button button--primary"
        disabled={selected === 0 || progress !== null}
        onClick={onExport}
      >
        {label}
      </button>
      {selected > 0 && (
        <ImageLinksChoice
          keepRemote={keepImageLinksRemote}
          disabled={progress !== null}
          onChange={onKeepImageLinksRemote}
        />
      )}
    </div>
  );
}
