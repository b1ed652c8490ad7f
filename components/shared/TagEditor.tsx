import { useRef, useState } from 'preact/hooks';
import { normalizeTag } from '../../lib/tags/normalize-tag';
import { useTranslator } from './use-translator';

export interface TagEditorProps {
  tags: readonly string[];
  /** Tags used elsewhere, offered while typing. */
  suggestions?: readonly string[];
  onChange: (tags: string[]) => void;
}

/**
 * Adds and removes an article's tags: type a tag and press Enter, or use a tag's × button.
 * Presentational: the caller stores the new list. Shared by the library's reading view and the
 * popup right after a capture, so both normalise tags with the same rule.
 */
export function TagEditor({ tags, suggestions = [], onChange }: TagEditorProps) {
  const tr = useTranslator();
  const [draft, setDraft] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const add = () => {
    const tag = normalizeTag(draft);
    setDraft('');
    if (tag && !tags.includes(tag)) onChange([...tags, tag]);
  };
  const remove = (tag: string) => {
    // The pressed button disappears with its tag; without this, keyboard focus falls to the page.
    input.current?.focus();
    onChange(tags.filter((t) => t !== tag));
  };
  const listId = 'tag-suggestions';
  return (
    <div class="tag-editor">
      <ul class="tags" aria-label={tr.t('shared.tags')}>
        {tags.map((t) => (
          <li key={t} class="tag">
            {t}
            <button
              type="button"
              class="quiet"
              aria-label={tr.t('shared.removeTag', t)}
              onClick={() => remove(t)}
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
          ref={input}
          type="text"
          value={draft}
          list={listId}
          placeholder={tr.t('shared.addTag')}
          aria-label={tr.t('shared.addTag')}
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
        <button type="submit" disabled={normalizeTag(draft) === ''}>
          {tr.t('shared.add')}
        </button>
      </form>
    </div>
  );
}
