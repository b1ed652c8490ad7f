import { useTranslator } from '../shared/use-translator';

export interface ObsidianVaultFieldProps {
  vault: string;
  onChange: (vault: string) => void;
}

/** The name of the vault "Open in Obsidian" creates notes in. */
export function ObsidianVaultField({ vault, onChange }: ObsidianVaultFieldProps) {
  const t = useTranslator();
  return (
    <fieldset>
      <legend>{t.t('templates.obsidian.legend')}</legend>
      <label for="obsidian-vault">{t.t('templates.obsidian.vault')}</label>
      <input
        id="obsidian-vault"
        type="text"
        value={vault}
        spellcheck={false}
        aria-describedby="obsidian-vault-hint"
        onInput={(event) => onChange(event.currentTarget.value)}
      />
      <p id="obsidian-vault-hint" class="hint">
        {t.t('templates.obsidian.vaultHint')}
      </p>
    </fieldset>
  );
}
