import { describeImageFailure, type ImageFailure } from '../../lib/images/image-failure';

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
  if (view.total === 0) return null;
  const waiting = view.failed.filter((f) => f.failure.reason === 'not-permitted');
  const failed = view.failed.filter((f) => f.failure.reason !== 'not-permitted');
  if (view.pending > 0) {
    return (
      <section class="images" role="status" aria-live="polite">
        <p>
          Saving images: {view.total - view.pending} of {view.total}
        </p>
      </section>
    );
  }
  return (
    <section class="images" role="status" aria-live="polite">
      <p class="images__summary">
        Images: {view.stored} kept offline
        {failed.length > 0 && `, ${failed.length} not kept`}
        {waiting.length > 0 && `, ${waiting.length} on other sites`}.
      </p>
      {failed.length > 0 && (
        <ul class="images__failures">
          {failed.map(({ url, failure }) => (
            <li key={url}>
              <span class="images__reason">{describeImageFailure(failure)}</span>{' '}
              <span class="images__url">{url}</span>
            </li>
          ))}
        </ul>
      )}
      {waiting.length > 0 && !view.refused && (
        <>
          <p class="images__why">
            {waiting.length === 1 ? 'One image is' : `${waiting.length} images are`} on other sites. Allow
            Clean Capture to fetch images from any site, so your copy keeps them when the page changes or
            disappears.
          </p>
          <button type="button" class="button" onClick={onAllowOtherSites}>
            Keep images from other sites offline
          </button>
        </>
      )}
      {waiting.length > 0 && view.refused && (
        <p class="images__refused">
          Not allowed: the text is saved, and images from other sites stay links to those sites.
        </p>
      )}
    </section>
  );
}
