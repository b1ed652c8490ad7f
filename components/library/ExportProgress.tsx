import { useTranslator } from '../shared/use-translator';

/** The running export: a progress bar and Cancel, and which zip it is writing once there are several. */
export function ExportProgress({
  done,
  total,
  zip = 1,
  onCancel,
}: {
  done: number;
  total: number;
  zip?: number;
  onCancel: () => void;
}) {
  const t = useTranslator();
  return (
    <div class="export-progress" role="status">
      <span>
        {zip > 1 ? t.t('library.exportingZip', done, total, zip) : t.t('library.exporting', done, total)}
      </span>
      <progress max={total} value={done} aria-label={t.t('library.exportProgress')} />
      <button type="button" onClick={onCancel}>
        {t.t('library.cancel')}
      </button>
    </div>
  );
}
