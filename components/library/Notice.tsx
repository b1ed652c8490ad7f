import type { Message } from '../../lib/i18n/message';
import { say } from '../../lib/i18n/message';
import { useTranslator } from '../shared/use-translator';

export interface NoticeProps {
  /** What happened, put into words here in the page's language. */
  message: Message;
  /** Shown as a button when the action can be undone. */
  onUndo?: () => void;
  onDismiss: () => void;
}

/** A short message at the bottom of the page, with Undo when there is something to undo. */
export function Notice({ message, onUndo, onDismiss }: NoticeProps) {
  const t = useTranslator();
  return (
    <div class="notice" role="status">
      <span>{say(t, message)}</span>
      {onUndo && (
        <button type="button" onClick={onUndo}>
          {t.t('library.undo')}
        </button>
      )}
      <button type="button" class="quiet" aria-label={t.t('library.dismiss')} onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
