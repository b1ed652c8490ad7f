import { useTranslator } from '../shared/use-translator';

export interface HighlightFilterProps {
  checked: boolean;
  onChange: (checked: boolean) => void;
}

/** The list's "has highlights" filter: only articles with at least one highlight. */
export function HighlightFilter({ checked, onChange }: HighlightFilterProps) {
  const { t } = useTranslator();
  return (
    <label class="highlight-filter">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.currentTarget.checked)} />{' '}
      {t('highlights.filter')}
    </label>
  );
}
