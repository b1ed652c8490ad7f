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
  return (
    <label
      class="image-links-choice"
      title="Unticked, each stored image goes into the zip's assets/ folder so the Markdown shows it offline"
    >
      <input
        type="checkbox"
        checked={keepRemote}
        disabled={disabled}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
      Keep image links remote (text-only zip)
    </label>
  );
}
