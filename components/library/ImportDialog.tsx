import { useLayoutEffect, useRef } from 'preact/hooks';
import type { ImportChoice } from '../../lib/import/import-preview';
import type { ImportSummary } from '../../lib/import/summarise-import';
import { ImportChoices } from './ImportChoices';
import { say, type Message } from '../../lib/i18n/message';
import { useTranslator } from '../shared/use-translator';

/** What the import dialog shows. */
export type ImportView =
  | { step: 'reading'; fileName: string; done: number; total: number }
  | { step: 'preview' | 'applying'; fileName: string; summary: ImportSummary }
  | { step: 'failed'; fileName: string; message: Message | string };

export interface ImportDialogProps {
  view: ImportView;
  onConfirm: (choice: ImportChoice) => void;
  onClose: () => void;
}

/**
 * A modal dialog for one import: checking the zip, the preview with the user's choice, or why the
 * zip was refused. The browser's modal `<dialog>` keeps focus inside and closes on Escape.
 */
export function ImportDialog({ view, onConfirm, onClose }: ImportDialogProps) {
  const t = useTranslator();
  const dialog = useRef<HTMLDialogElement>(null);
  // Layout effects, not effects: they run before the step is painted, so no key pressed on the new
  // step can land on the page behind while focus is still being moved.
  useLayoutEffect(() => {
    if (dialog.current && !dialog.current.open) dialog.current.showModal();
  }, []);
  // Each step replaces the dialog's buttons; the focused one going away would drop focus to the
  // page behind, where keys do nothing for the dialog. Move it to the new step's first control.
  useLayoutEffect(() => {
    const element = dialog.current;
    if (!element || element.contains(document.activeElement)) return;
    const target = element.querySelector<HTMLElement>('[autofocus], button:enabled, input:enabled');
    (target ?? element).focus();
  }, [view.step]);
  const failed = view.step === 'failed';
  return (
    <dialog
      ref={dialog}
      class="import-dialog"
      role={failed ? 'alertdialog' : 'dialog'}
      aria-labelledby="import-heading"
      data-step={view.step}
      // The library's own keys (Enter opens, arrows move, Escape clears) must not act behind the dialog.
      onKeyDown={(event) => {
        event.stopPropagation();
        // Handled here as well as in `cancel`: browsers skip that event for a dialog opened
        // without a fresh user gesture (Chromium's close watchers), which an import often is.
        if (event.key === 'Escape') {
          event.preventDefault();
          if (view.step !== 'applying') onClose();
        }
      }}
      onCancel={(event) => {
        event.preventDefault();
        if (view.step !== 'applying') onClose();
      }}
    >
      <h2 id="import-heading">
        {failed ? t.t('import.cannotImport') : `${t.t('import.heading')} `}
        {!failed && <bdi>{view.fileName}</bdi>}
      </h2>
      {view.step === 'reading' && (
        <div class="import-reading" role="status">
          <span>
            {view.total > 0 ? t.t('import.checkingProgress', view.done, view.total) : t.t('import.checking')}
          </span>
          <progress max={view.total || 1} value={view.done} aria-label={t.t('import.checkingLabel')} />
          <div class="import-actions">
            <button type="button" onClick={onClose}>
              {t.t('import.cancel')}
            </button>
          </div>
        </div>
      )}
      {(view.step === 'preview' || view.step === 'applying') && (
        <ImportChoices
          summary={view.summary}
          busy={view.step === 'applying'}
          onConfirm={onConfirm}
          onCancel={onClose}
        />
      )}
      {view.step === 'failed' && (
        <>
          <p class="import-file">
            <bdi>{view.fileName}</bdi>
          </p>
          <p class="import-error">{say(t, view.message)}</p>
          <p>{t.t('import.nothingChanged')}</p>
          <div class="import-actions">
            <button type="button" class="primary" onClick={onClose} autoFocus>
              {t.t('import.close')}
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
