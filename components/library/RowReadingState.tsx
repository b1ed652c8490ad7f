import type { ArticleRecord } from '../../lib/article';
import { useTranslator } from '../shared/use-translator';

export interface RowReadingStateProps {
  article: Pick<ArticleRecord, 'id' | 'title' | 'status' | 'progress'>;
  onArchive: (id: number, archive: boolean) => void;
}

/** A row's reading state: a thin bar for how far it was read, and Archive (or back to unread). */
export function RowReadingState({ article, onArchive }: RowReadingStateProps) {
  const { t } = useTranslator();
  const archived = article.status === 'archived';
  const percent = Math.round(article.progress * 100);
  return (
    <>
      <button
        type="button"
        class="quiet row-archive"
        tabIndex={-1}
        aria-label={t(archived ? 'reading.unarchiveTitle' : 'reading.archiveTitle', article.title)}
        onClick={(e) => {
          e.stopPropagation();
          onArchive(article.id, !archived);
        }}
      >
        {t(archived ? 'reading.unarchive' : 'reading.archive')}
      </button>
      {percent > 0 && (
        <div
          class="row-progress"
          role="progressbar"
          aria-valuenow={percent}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-label={t('reading.progress', percent)}
          style={{ inlineSize: `${percent}%` }}
        />
      )}
    </>
  );
}
