import { useState } from 'preact/hooks';

export interface TagEditorProps {
  tags: readonly string[];
  /** Tags used elsewhere, offered while typing. */
  suggestions?: readonly string[];
  onChange: (tags: string[]) => void;
}

/** Normalises what the user typed into a tag: trimmed, single spaces, lower case, at most 40 characters. */
function cleanTag(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase().slice(0, 40);
}

/**
 * Adds and removes an article's tags. Presentational: the caller stores the new list. Used by the
 * library's reading view and meant for the popup right after a capture.
 */
export function TagEditor({ tags, suggestions = [], onChange }: TagEditorProps) {
  const [draft, setDraft] = useState('');
  const add = () => {
    const tag = cleanTag(draft);
    setDraft('');
    if (tag && !tags.includes(tag)) onChange([...tags, tag]);
  };
  const listId = 'tag-suggestions';
  return (
    <div class="tag-editor">
      <ul class="tags" aria-label="Tags">
        {tags.map((t) => (
          <li key={t} class="tag">
            {t}
            <button
              type="button"
              class="quiet"
              aria-label={`Remove tag ${t}`}
              onClick={() => onChange(tags.filter((x) => x !== t))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          add();
        }}
      >
        <input
          type="text"
          value={draft}
          list={listId}
          placeholder="Add a tag"
          aria-label="Add a tag"
          onInput={(e) => setDraft(e.currentTarget.value)}
        />
        <datalist id={listId}>
          {suggestions
            .filter((s) => !tags.includes(s))
            .slice(0, 50)
            .map((s) => (
              <option key={s} value={s} />
            ))}
        </datalist>
        <button type="submit" disabled={cleanTag(draft) === ''}>
          Add
        </button>
      </form>
    </div>
  );
}
