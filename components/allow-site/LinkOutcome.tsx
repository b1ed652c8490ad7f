import { say, type Message } from '../../lib/i18n/message';
import { useTranslator } from '../shared/use-translator';

/** What became of a linked article, in display terms. */
export type LinkOutcomeView =
  | { kind: 'saving' }
  | { kind: 'saved'; title: string }
  | { kind: 'duplicate'; title: string }
  | { kind: 'failed'; message: Message | string };

export interface LinkOutcomeProps {
  view: LinkOutcomeView;
  onClose: () => void;
}

/** The linked article's outcome: saving, saved, already saved, or why nothing was saved. */
export function LinkOutcome({ view, onClose }: LinkOutcomeProps) {
  const t = useTranslator();
  const tone = view.kind === 'failed' ? 'error' : view.kind === 'saving' ? 'busy' : 'ok';
  return (
    <section
      class={`status status--${tone}`}
      role={view.kind === 'failed' ? 'alert' : 'status'}
      aria-live="polite"
    >
      {view.kind === 'saving' && <p>{t.t('allowSite.saving')}</p>}
      {view.kind === 'saved' && (
        <p>
          <strong>{t.t('allowSite.saved')}</strong> {t.t('allowSite.quotedTitle', view.title)}
        </p>
      )}
      {view.kind === 'duplicate' && (
        <p>
          <strong>{t.t('allowSite.alreadySaved')}</strong> {t.t('allowSite.quotedTitle', view.title)}.{' '}
          {t.t('allowSite.nothingDuplicated')}
        </p>
      )}
      {view.kind === 'failed' && (
        <p>
          <strong>{t.t('allowSite.notSaved')}</strong> {say(t, view.message)}
        </p>
      )}
      {view.kind !== 'saving' && (
        <button type="button" class="button" onClick={onClose}>
          {t.t('allowSite.close')}
        </button>
      )}
    </section>
  );
}
