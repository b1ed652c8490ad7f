export interface SiteAccessRequestProps {
  /** What the user is saving, in a sentence: why the sites must be read. */
  reason: string;
  allowLabel: string;
  onAllow: () => void;
  onCancel?: () => void;
}

/**
 * Why Clean Capture asks to read sites, said before the browser's own prompt (which gives no
 * reason), with the button that asks. Used for a linked article and for "Save all tabs" alike.
 */
export function SiteAccessRequest({ reason, allowLabel, onAllow, onCancel }: SiteAccessRequestProps) {
  return (
    <section class="site-access">
      <p class="site-access__why">{reason}</p>
      <p class="site-access__note">
        The browser will ask you to allow it. Pages are read in your browser and nothing leaves your computer;
        you can take the permission back at any time in the browser’s extension settings.
      </p>
      <div class="site-access__actions">
        <button type="button" class="button button--primary" onClick={onAllow}>
          {allowLabel}
        </button>
        {onCancel && (
          <button type="button" class="button" onClick={onCancel}>
            Don’t allow
          </button>
        )}
      </div>
    </section>
  );
}
