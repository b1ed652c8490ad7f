import { useEffect, useState } from 'preact/hooks';

export interface NoteFieldProps {
  id?: string;
  label: string;
  value: string;
  rows: number;
  placeholder?: string;
  /** Called with the text once the reader leaves the field (or it changes and loses focus). */
  onSave: (note: string) => void;
}

/**
 * A note being written: the draft is the field's own until the reader leaves it, so a re-render
 * meanwhile (another note saved, a highlight painted) never puts the stored text back over theirs.
 */
export function NoteField({ id, label, value, rows, placeholder, onSave }: NoteFieldProps) {
  const [draft, setDraft] = useState(value);
  const [editing, setEditing] = useState(false);
  useEffect(() => {
    if (!editing) setDraft(value);
  }, [value, editing]);
  return (
    <textarea
      id={id}
      aria-label={label}
      rows={rows}
      placeholder={placeholder}
      value={draft}
      onFocus={() => setEditing(true)}
      onInput={(e) => setDraft(e.currentTarget.value)}
      onBlur={(e) => {
        setEditing(false);
        if (e.currentTarget.value !== value) onSave(e.currentTarget.value);
      }}
    />
  );
}
