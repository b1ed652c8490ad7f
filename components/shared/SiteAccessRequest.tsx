import { useTranslator } from './use-translator';

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
  const t = useTranslator();
  return (
    <section class="site-access">
      <p class="site-access__why">{reason}</p>
      <p class="site-access__note">{t.t('shared.siteAccessNote')}</p>
      <div class="site-access__actions">
        <button type="button" class="button button--primary" onClick={onAllow}>
          {allowLabel}
        </button>
        {onCancel && (
          <button type="button" class="button" onClick={onCancel}>
            {t.t('shared.dontAllow')}
          </button>
        )}
      </div>
    </section>
  );
}
