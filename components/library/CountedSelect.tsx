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
  // Each label is a browser message lookup; the page re-renders on every keystroke and progress
  // tick, and 500 sites' labels each time held an import's preview for seconds.
  const labels = useMemo(
    () => options.map(([name, count]) => t.t('library.optionWithCount', name, count)),
    [options, t],
  );
  return (
    <label>
      {label}
      <select value={value ?? ''} onChange={(e) => onChange(e.currentTarget.value || null)}>
        <option value="">{allLabel}</option>
        {options.map(([name], i) => (
          <option key={name} value={name}>
            {labels[i]}
          </option>
        ))}
      </select>
    </label>
  );
}
