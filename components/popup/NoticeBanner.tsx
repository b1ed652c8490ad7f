import { useTranslator } from '../shared/use-translator';

export interface NoticeBannerProps {
  message: string;
  onDismiss: () => void;
}

/** A message left from earlier, such as a keyboard-shortcut capture that failed. */
export function NoticeBanner({ message, onDismiss }: NoticeBannerProps) {
  const t = useTranslator();
  return (
    <section class="status status--error" role="alert">
      <p>{message}</p>
      <button type="button" class="button" onClick={onDismiss}>
        {t.t('popup.dismiss')}
      </button>
    </section>
  );
}
