import type { ComponentChildren } from 'preact';
import type { ExportPreview } from '../../lib/templates/preview-export';
import { TEMPLATE_VARIABLES } from '../../lib/templates/file-name-template';

export interface TemplateSettingsFormProps {
  fileName: string;
  onFileNameChange: (fileName: string) => void;
  /** The newest article as the export would write it; null when the library is empty. */
  preview: ExportPreview | null;
  /** The outcome of the last save. */
  status: string;
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
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onSave();
      }}
    >
      <label for="file-name-template">File name template</label>
      <input
        id="file-name-template"
        type="text"
        value={fileName}
        spellcheck={false}
        onInput={(event) => onFileNameChange(event.currentTarget.value)}
      />
      <p>
        Variables: {TEMPLATE_VARIABLES.map((name) => `{${name}}`).join(' ')}. Use / for folders, as in{' '}
        <code>{'{yyyy}/{mm}/{title}'}</code>.
      </p>
      {children}
      {preview === null && <p>Save an article to see a preview here.</p>}
      {preview?.ok === false && (
        <p class="problem" role="alert">
          {preview.message}
        </p>
      )}
      {preview?.ok && (
        <section aria-label="Preview">
          <p>
            The newest article would be saved as <code data-testid="preview-name">{preview.fileName}</code>:
          </p>
          <pre data-testid="preview-document">{preview.document.slice(0, 2000)}</pre>
        </section>
      )}
      <button type="submit" disabled={preview?.ok === false}>
        Save
      </button>
      <p role="status">{status}</p>
    </form>
  );
}
