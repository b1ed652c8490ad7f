import { useEffect, useRef, useState } from 'preact/hooks';

/** How long the reader may pause while writing before what they wrote is stored. */
export const NOTE_SAVE_AFTER_MS = 500;

export interface NoteFieldProps {
  id?: string;
  label: string;
  value: string;
  rows: number;
  placeholder?: string;
  /**
   * Called with the text when the reader pauses while writing, leaves the field, or the field or the
   * page goes away with a change not yet given; never twice with the same text.
   */
  onSave: (note: string) => void;
}

/**
 * A note being written: the draft is the field's own while the reader is in it, so a re-render
 * meanwhile (another note saved, a highlight painted) never puts the stored text back over theirs.
 * It is stored as it is written, not only when the field loses the focus: closing or reloading the
 * tab moves the focus nowhere, and a note kept until then was lost with the tab.
 */
export function NoteField({ id, label, value, rows, placeholder, onSave }: NoteFieldProps) {
  const [draft, setDraft] = useState(value);
  const [editing, setEditing] = useState(false);
  // The text last stored or received, the text not yet stored, and the pause being waited out.
  const saved = useRef(value);
  const unsaved = useRef<string | null>(null);
  const pause = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const save = useRef(onSave);
  save.current = onSave;
  const flush = useRef(() => {
    clearTimeout(pause.current);
    pause.current = undefined;
    const text = unsaved.current;
    unsaved.current = null;
    if (text === null || text === saved.current) return;
    saved.current = text;
    save.current(text);
  }).current;
  useEffect(() => {
    if (editing) return;
    setDraft(value);
    saved.current = value;
  }, [value, editing]);
  useEffect(() => {
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [flush]);
  return (
    <textarea
      id={id}
      aria-label={label}
      rows={rows}
      placeholder={placeholder}
      value={draft}
      onFocus={() => setEditing(true)}
      onInput={(e) => {
        const text = e.currentTarget.value;
        setDraft(text);
        unsaved.current = text;
        clearTimeout(pause.current);
        pause.current = setTimeout(flush, NOTE_SAVE_AFTER_MS);
      }}
      onBlur={(e) => {
        unsaved.current = e.currentTarget.value;
        flush();
        setEditing(false);
      }}
    />
  );
}
