import type { ArticleRecord } from '../../lib/article';
import { useTranslator } from '../shared/use-translator';

/**
 * The marks of an entry moved in from a reading list: "Not yet captured" while only its address
 * and title are stored, and "Archived" when the user had archived it in that tool.
 */
export function ReadingListMarks({ article }: { article: Pick<ArticleRecord, 'notCaptured' | 'archived'> }) {
  const t = useTranslator();
  return (
    <>
      {article.notCaptured && (
        <span class="excerpt-mark not-captured-mark">{t.t('importFrom.notCaptured')}</span>
      )}
      {article.archived && <span class="excerpt-mark archived-mark">{t.t('importFrom.archived')}</span>}
    </>
  );
}
