import { useRef } from 'preact/hooks';
import { useTranslator } from '../shared/use-translator';

export interface ImportButtonProps {
  disabled: boolean;
  /** The chosen file, or every file of the chosen folder. */
  onFiles: (files: File[]) => void;
}

// The formats are told apart by their content, so the picker only suggests the usual endings.
const ACCEPTED = '.zip,application/zip,.json,.csv,.html,.htm,.md,.markdown';
// Chromium's and Firefox's folder picker; not in Preact's types, which follow the standard. Set as
// the boolean property it is: Preact would set '' as the property, which reads as false.
const FOLDER_PICKER = { webkitdirectory: true } as Record<string, boolean>;

/**
 * "Import…" and "Import folder…": real buttons (Tab, Enter, Space) that open the file picker, for
 * an export zip or another tool's export file, or the folder picker, for a folder of Markdown files.
 */
export function ImportButton({ disabled, onFiles }: ImportButtonProps) {
  const t = useTranslator();
  const file = useRef<HTMLInputElement>(null);
  const folder = useRef<HTMLInputElement>(null);
  const onChange = (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const files = [...(input.files ?? [])];
    // Cleared, so choosing the same file again (after fixing it, say) still reports a change.
    input.value = '';
    if (files.length > 0) onFiles(files);
  };
  return (
    <>
      <button type="button" class="import-button" disabled={disabled} onClick={() => file.current?.click()}>
        {t.t('library.import')}
      </button>
      <button
        type="button"
        class="import-button"
        disabled={disabled}
        title={t.t('importFrom.importFolderTitle')}
        onClick={() => folder.current?.click()}
      >
        {t.t('importFrom.importFolder')}
      </button>
      <input
        ref={file}
        type="file"
        accept={ACCEPTED}
        hidden
        tabIndex={-1}
        aria-hidden="true"
        onChange={onChange}
      />
      <input
        ref={folder}
        type="file"
        {...FOLDER_PICKER}
        hidden
        tabIndex={-1}
        aria-hidden="true"
        onChange={onChange}
      />
    </>
  );
}
