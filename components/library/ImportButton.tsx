import { useRef } from 'preact/hooks';
import { useTranslator } from '../shared/use-translator';

export interface ImportButtonProps {
  disabled: boolean;
  onFile: (file: File) => void;
}

/** "Import…": a real button (Tab, Enter, Space) that opens the file picker for an export zip. */
export function ImportButton({ disabled, onFile }: ImportButtonProps) {
  const t = useTranslator();
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" class="import-button" disabled={disabled} onClick={() => input.current?.click()}>
        {t.t('library.import')}
      </button>
      <input
        ref={input}
        type="file"
        accept=".zip,application/zip"
        hidden
        tabIndex={-1}
        aria-hidden="true"
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          // Cleared, so choosing the same file again (after fixing it, say) still reports a change.
          event.currentTarget.value = '';
          if (file) onFile(file);
        }}
      />
    </>
  );
}
