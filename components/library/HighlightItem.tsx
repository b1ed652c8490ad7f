import type { Highlight } from '../../lib/highlights/highlight';
import { useTranslator } from '../shared/use-translator';
import { COLOUR_NAMES } from './HighlightToolbar';
import { NoteField } from './NoteField';

export interface HighlightItemProps {
  highlight: Highlight;
  /** Absent for a highlight that could not be placed: there is nothing to show in the text. */
  onShow?: () => void;
  onNote: (note: string) => void;
  onRemove: () => void;
}

/** One highlight in the reading view's list: its text (a button to it), its note and Remove. */
export function HighlightItem({ highlight, onShow, onNote, onRemove }: HighlightItemProps) {
  const { t } = useTranslator();
  const { id, color, quote, note } = highlight;
  return (
    <li class="highlight-item" data-highlight-item={id}>
      <span class={`swatch highlight-${color}`} title={t(COLOUR_NAMES[color])} />
      {onShow ? (
        <button type="button" class="quiet highlight-quote" title={t('highlights.show')} onClick={onShow}>
          {quote.exact}
        </button>
      ) : (
        <blockquote class="highlight-quote">{quote.exact}</blockquote>
      )}
      <div class="highlight-note">
        <NoteField
          id={`note-${id}`}
          label={t('highlights.note')}
          rows={note ? 2 : 1}
          placeholder={t('highlights.notePlaceholder')}
          value={note}
          onSave={onNote}
        />
      </div>
      <button type="button" class="quiet danger" onClick={onRemove}>
        {t('highlights.remove')}
      </button>
    </li>
  );
}
