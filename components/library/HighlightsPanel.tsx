import type { Highlight } from '../../lib/highlights/highlight';
import { useTranslator } from '../shared/use-translator';
import { HighlightItem } from './HighlightItem';
import { NoteField } from './NoteField';

export interface HighlightsPanelProps {
  /** Placed highlights, in text order. */
  placed: readonly Highlight[];
  /** Highlights whose text is no longer in the article (it was captured again). */
  unplaced: readonly Highlight[];
  articleNote: string;
  onArticleNote: (note: string) => void;
  onShow: (id: string) => void;
  onNote: (id: string, note: string) => void;
  onRemove: (id: string) => void;
}

/** After the article: its note, its highlights with theirs, and those that could not be placed. */
export function HighlightsPanel(props: HighlightsPanelProps) {
  const { t } = useTranslator();
  const { placed, unplaced, onShow, onNote, onRemove } = props;
  const item = (h: Highlight, shown: boolean) => (
    <HighlightItem
      key={h.id}
      highlight={h}
      onShow={shown ? () => onShow(h.id) : undefined}
      onNote={(note) => onNote(h.id, note)}
      onRemove={() => onRemove(h.id)}
    />
  );
  return (
    <aside class="highlights-panel" aria-label={t('highlights.panelTitle')}>
      <h2>{t('highlights.panelTitle')}</h2>
      <label class="article-note">
        {t('highlights.articleNote')}
        <NoteField
          label={t('highlights.articleNote')}
          rows={3}
          value={props.articleNote}
          onSave={props.onArticleNote}
        />
      </label>
      {placed.length === 0 && unplaced.length === 0 && <p class="muted">{t('highlights.none')}</p>}
      {placed.length > 0 && <ol class="highlight-list">{placed.map((h) => item(h, true))}</ol>}
      {unplaced.length > 0 && (
        <section class="unplaced" aria-labelledby="unplaced-title">
          <h3 id="unplaced-title">{t('highlights.unplacedTitle')}</h3>
          <p class="muted">{t('highlights.unplacedHelp')}</p>
          <ul class="highlight-list">{unplaced.map((h) => item(h, false))}</ul>
        </section>
      )}
      <p class="muted keys-help">{t('highlights.keys')}</p>
    </aside>
  );
}
