import { CapturedTags, type CapturedTagsProps } from './CapturedTags';
import { useTranslator } from '../shared/use-translator';
import { say, type Message } from '../../lib/i18n/message';

/** What the popup's capture of the current tab is doing, in display terms. */
export type CaptureView =
  | { kind: 'idle' }
  | { kind: 'saving'; wholePage: boolean }
  /** `notes`: what was changed to fit the article within the limits (a title cut, images left out). */
  | { kind: 'saved'; title: string; replaced: boolean; notes: Message[] }
  | { kind: 'duplicate'; title: string }
  | { kind: 'failed'; message: Message; canSaveWholePage: boolean };

export interface CaptureStatusProps {
  view: CaptureView;
  onCaptureAgain: () => void;
  onSaveWholePage: () => void;
  /** The stored article's tags, editable once the capture is saved (or found already saved). */
  tags?: CapturedTagsProps;
}

/**
 * The banner at the top of the popup: progress, result, or why nothing was saved; once the article
 * is stored, its tags to edit right away.
 */
export function CaptureStatus({ view, onCaptureAgain, onSaveWholePage, tags }: CaptureStatusProps) {
  const t = useTranslator();
  if (view.kind === 'idle') return null;
  const tone = view.kind === 'failed' ? 'error' : view.kind === 'saving' ? 'busy' : 'ok';
  const stored = view.kind === 'saved' || view.kind === 'duplicate';
  return (
    <>
      <section
        class={`status status--${tone}`}
        role={view.kind === 'failed' ? 'alert' : 'status'}
        aria-live="polite"
      >
        {view.kind === 'saving' && <p>{t.t(view.wholePage ? 'popup.savingWholePage' : 'popup.saving')}</p>}
        {view.kind === 'saved' && (
          <>
            <p>
              <strong>{t.t(view.replaced ? 'popup.updated' : 'popup.saved')}</strong> “{view.title}”
            </p>
            {view.notes.map((note, i) => (
              <p key={i} class="status__note">
                {say(t, note)}
              </p>
            ))}
          </>
        )}
        {view.kind === 'duplicate' && (
          <>
            <p>
              <strong>{t.t('popup.alreadySaved')}</strong> “{view.title}”. {t.t('popup.nothingDuplicated')}
            </p>
            <button type="button" class="button" onClick={onCaptureAgain}>
              {t.t('popup.captureAgain')}
            </button>
          </>
        )}
        {view.kind === 'failed' && (
          <>
            <p>
              <strong>{t.t('popup.notSaved')}</strong> {say(t, view.message)}
            </p>
            {view.canSaveWholePage && (
              <button type="button" class="button" onClick={onSaveWholePage}>
                {t.t('popup.saveWholePage')}
              </button>
            )}
          </>
        )}
      </section>
      {stored && tags && <CapturedTags {...tags} />}
    </>
  );
}
