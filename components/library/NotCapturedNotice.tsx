import { useTranslator } from '../shared/use-translator';

export interface NotCapturedNoticeProps {
  busy: boolean;
  onCapture: () => void;
}

/** Under an entry moved in from a reading list: it has no text yet, and one click captures the page. */
export function NotCapturedNotice({ busy, onCapture }: NotCapturedNoticeProps) {
  const t = useTranslator();
  return (
    <section class="not-captured" role="status">
      <p>{t.t('importFrom.notCapturedText')}</p>
      <button type="button" class="primary" disabled={busy} onClick={onCapture}>
        {t.t(busy ? 'importFrom.capturing' : 'importFrom.captureNow')}
      </button>
    </section>
  );
}
