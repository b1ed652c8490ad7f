import { useTranslator } from './use-translator';

export interface ImageLinksChoiceProps {
  keepRemote: boolean;
  disabled?: boolean;
  onChange: (keepRemote: boolean) => void;
}

/**
 * The export's one choice: images as files in the zip (the default), or left as links to their
 * sites for a smaller, text-only zip. A real checkbox, so Tab and Space reach it.
 */
export function ImageLinksChoice({ keepRemote, disabled = false, onChange }: ImageLinksChoiceProps) {
  const t = useTranslator();
  return (
    <label class="image-links-choice" title={t.t('shared.keepImageLinksRemoteTitle')}>
      <input
        type="checkbox"
        checked={keepRemote}
        disabled={disabled}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
      {t.t('shared.keepImageLinksRemote')}
    </label>
  );
}
