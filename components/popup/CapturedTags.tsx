import { TagEditor } from '../shared/TagEditor';
import { useTranslator } from '../shared/use-translator';

/** The outcome of the last tag change: a confirmation, or why it was not stored. */
export interface TagNote {
  tone: 'ok' | 'error';
  text: string;
}

export interface CapturedTagsProps {
  /** The article's tags; null while they are read. */
  tags: readonly string[] | null;
  suggestions: readonly string[];
  note: TagNote | null;
  onChange: (tags: string[]) => void;
}

/** Tags for the article just captured, under the capture status: the editor and what a change did. */
export function CapturedTags({ tags, suggestions, note, onChange }: CapturedTagsProps) {
  const t = useTranslator();
  return (
    <section class="captured-tags" aria-label={t.t('popup.articleTags')}>
      {tags && <TagEditor tags={tags} suggestions={suggestions} onChange={onChange} />}
      {/* Live regions of their own, present before they speak: the list and input stay quiet. */}
      <p class="captured-tags__note" role="status">
        {note?.tone === 'ok' ? note.text : ''}
      </p>
      <p class="captured-tags__note captured-tags__note--error" role="alert">
        {note?.tone === 'error' ? note.text : ''}
      </p>
    </section>
  );
}
