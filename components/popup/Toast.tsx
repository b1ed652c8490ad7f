import { useTranslator } from '../shared/use-translator';

export interface ToastProps {
  message: string;
  tone: 'info' | 'error';
  /** A button in the toast, such as Undo. */
  action?: { label: string; onAction: () => void };
  onDismiss: () => void;
}

/** A short-lived message at the bottom of the popup, with an optional action. */
export function Toast({ message, tone, action, onDismiss }: ToastProps) {
  const t = useTranslator();
  return (
    <div class={`toast toast--${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      <span class="toast__text">{message}</span>
      {action && (
        <button type="button" class="toast__action" onClick={action.onAction}>
          {action.label}
        </button>
      )}
      <button type="button" class="toast__close" aria-label={t.t('popup.dismissMessage')} onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
