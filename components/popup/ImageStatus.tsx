import { describeImageFailure, type ImageFailure } from '../../lib/images/image-failure';
import { say } from '../../lib/i18n/message';
import { useTranslator } from '../shared/use-translator';

/** What the popup knows of a fresh capture's images. */
export interface ImageStatusView {
  total: number;
  stored: number;
  pending: number;
  failed: Array<{ url: string; failure: ImageFailure }>;
  /** The user was asked to allow other sites and said no. */
  refused: boolean;
}

export interface ImageStatusProps {
  view: ImageStatusView;
  onAllowOtherSites: () => void;
}

/**
 * A capture's images under its status: progress while they are fetched, then how many were kept
 * offline and why the others were not; for images on other sites, the button that asks to allow
 * them, with the reason.
 */
export function ImageStatus({ view, onAllowOtherSites }: ImageStatusProps) {
  const t = useTranslator();
  if (view.total === 0) return null;
  const waiting = view.failed.filter((f) => f.failure.reason === 'not-permitted');
  const failed = view.failed.filter((f) => f.failure.reason !== 'not-permitted');
  if (view.pending > 0) {
    return (
      <section class="images" role="status" aria-live="polite">
        <p>{t.t('popup.savingImages', view.total - view.pending, view.total)}</p>
      </section>
    );
  }
  return (
    <section class="images" role="status" aria-live="polite">
      <p class="images__summary">
        {t.t('popup.imagesKept', view.stored)}
        {failed.length > 0 && t.t('popup.imagesNotKept', failed.length)}
        {waiting.length > 0 && t.t('popup.imagesOtherSites', waiting.length)}.
      </p>
      {failed.length > 0 && (
        <ul class="images__failures">
          {failed.map(({ url, failure }) => (
            <li key={url}>
              <span class="images__reason">{say(t, describeImageFailure(failure))}</span>{' '}
              <span class="images__url">{url}</span>
            </li>
          ))}
        </ul>
      )}
      {waiting.length > 0 && !view.refused && (
        <>
          <p class="images__why">{t.plural('popup.imagesWaiting', waiting.length)}</p>
          <button type="button" class="button" onClick={onAllowOtherSites}>
            {t.t('popup.keepImagesOffline')}
          </button>
        </>
      )}
      {waiting.length > 0 && view.refused && <p class="images__refused">{t.t('popup.imagesRefused')}</p>}
    </section>
  );
}
