import { useTranslator } from '../shared/use-translator';

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
  const t = useTranslator();
  return (
    <div class="export-progress" role="status">
      <span>{t.t('library.exporting', done, total)}</span>
      <progress max={total} value={done} aria-label={t.t('library.exportProgress')} />
      <button type="button" onClick={onCancel}>
        {t.t('library.cancel')}
      </button>
    </div>
  );
}
