import type { ComponentChildren } from 'preact';
import type { ExportPreview } from '../../lib/templates/preview-export';
import { TEMPLATE_VARIABLES } from '../../lib/templates/file-name-template';
import { say, type Message } from '../../lib/i18n/message';
import { useTranslator } from '../shared/use-translator';

export interface TemplateSettingsFormProps {
  fileName: string;
  onFileNameChange: (fileName: string) => void;
  /** The newest article as the export would write it; null when the library is empty. */
  preview: ExportPreview | null;
  /** The outcome of the last save; null before any. */
  status: Message | null;
  onSave: () => void;
  /** More settings, between the template and the preview. */
  children?: ComponentChildren;
}

/** The file-name template field, the file it gives for the newest article, and Save. */
export function TemplateSettingsForm({
  fileName,
  onFileNameChange,
  preview,
  status,
  onSave,
  children,
}: TemplateSettingsFormProps) {
  const t = useTranslator();
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onSave();
      }}
    >
      <label for="file-name-template">{t.t('options.fileNameTemplate')}</label>
      <input
        id="file-name-template"
        type="text"
        value={fileName}
        spellcheck={false}
        onInput={(event) => onFileNameChange(event.currentTarget.value)}
      />
      <p>
        {t.t('options.variables', TEMPLATE_VARIABLES.map((name) => `{${name}}`).join(' '))}{' '}
        <code>{'{yyyy}/{mm}/{title}'}</code>
      </p>
      {children}
      {preview === null && <p>{t.t('options.noPreview')}</p>}
      {preview?.ok === false && (
        <p class="problem" role="alert">
          {say(t, preview.message)}
        </p>
      )}
      {preview?.ok && (
        <section aria-label={t.t('options.preview')}>
          <p>
            {t.t('options.newestSavedAs')} <code data-testid="preview-name">{preview.fileName}</code>
          </p>
          <pre data-testid="preview-document">{preview.document.slice(0, 2000)}</pre>
        </section>
      )}
      <button type="submit" disabled={preview?.ok === false}>
        {t.t('options.save')}
      </button>
      <p role="status">{status && say(t, status)}</p>
    </form>
  );
}
