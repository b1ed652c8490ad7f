import { useMemo } from 'preact/hooks';
import { useTranslator } from '../shared/use-translator';

export interface CountedSelectProps {
  label: string;
  /** The wording of the "no filter" choice, e.g. "All sites". */
  allLabel: string;
  value: string | null;
  /** Each choice with how many articles it would show. */
  options: readonly [string, number][];
  onChange: (value: string | null) => void;
}

/** A labelled drop-down of names with their article counts, where the first choice means "any". */
export function CountedSelect({ label, allLabel, value, options, onChange }: CountedSelectProps) {
  const t = useTranslator();
  // The same choices (hundreds of sites) come back on every keystroke in the search box: made once
  // per list, Preact skips them, where each render asked the browser for every label again.
  const choices = useMemo(
    () =>
      options.map(([name, count]) => (
        <option key={name} value={name}>
          {t.t('library.optionWithCount', name, count)}
        </option>
      )),
    [options, t],
  );
  return (
    <label>
      {label}
      <select value={value ?? ''} onChange={(e) => onChange(e.currentTarget.value || null)}>
        <option value="">{allLabel}</option>
        {choices}
      </select>
    </label>
  );
}
