import type { ArticleRecord } from '../../lib/article';
import { useTranslator } from './use-translator';

/**
 * The mark of an entry moved in from a reading list: "Not yet captured" while only its address
 * and title are stored. One archived in that tool needs no mark: it comes in archived, and the
 * status filter shows it there.
 */
export function ReadingListMarks({ article }: { article: Pick<ArticleRecord, 'notCaptured'> }) {
  const t = useTranslator();
  return article.notCaptured ? (
    <span class="excerpt-mark not-captured-mark">{t.t('importFrom.notCaptured')}</span>
  ) : null;
}
