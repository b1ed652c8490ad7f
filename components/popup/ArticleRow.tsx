import { ExcerptMark } from '../shared/ExcerptMark';
import { ReadingListMarks } from '../shared/ReadingListMarks';
import { siteLabel } from '../../lib/articles/site-label';
import { displayDate } from '../../lib/format/display-date';
import { useTranslator } from '../shared/use-translator';

/** The fields of a saved article a row shows. */
export interface ArticleRowItem {
  id: number;
  title: string;
  siteName: string | null;
  sourceUrl: string;
  capturedAt: string;
  wordCount: number;
  /** True on an excerpt (a saved selection). */
  selection?: boolean;
  /** True on a link moved in from a reading list, with no body until it is captured. */
  notCaptured?: true;
}

export interface ArticleRowProps {
  article: ArticleRowItem;
  selected: boolean;
  /** The article this popup just saved: marked so the eye finds it. */
  fresh: boolean;
  onToggle: (id: number) => void;
  onOpen: (article: ArticleRowItem) => void;
  onCopy: (article: ArticleRowItem) => void;
  /** Save it as a `.md` file, named and written as the export would. */
  onDownload: (article: ArticleRowItem) => void;
  /** Create a note of it in Obsidian. */
  onObsidian: (article: ArticleRowItem) => void;
  onDelete: (article: ArticleRowItem) => void;
}

/** One saved article: select box, title, site, date, length, and its actions. */
export function ArticleRow({
  article,
  selected,
  fresh,
  onToggle,
  onOpen,
  onCopy,
  onDownload,
  onObsidian,
  onDelete,
}: ArticleRowProps) {
  const t = useTranslator();
  return (
    <li class={fresh ? 'row row--fresh' : 'row'} data-article-id={article.id}>
      <input
        type="checkbox"
        class="row__check"
        checked={selected}
        aria-label={t.t('popup.selectArticle', article.title)}
        onChange={() => onToggle(article.id)}
      />
      <div class="row__text">
        <button
          type="button"
          class="row__title"
          title={t.t('popup.openOriginalTitle', article.sourceUrl)}
          onClick={() => onOpen(article)}
        >
          {article.title}
        </button>
        <p class="row__meta">
          <ExcerptMark selection={article.selection} />
          <span>{siteLabel(article)}</span> ·{' '}
          <time dateTime={article.capturedAt}>{displayDate(article.capturedAt, 'day', t.locale)}</time> ·{' '}
          {/* Marked as the library marks it; its length would say 0 words. */}
          {article.notCaptured ? (
            <ReadingListMarks article={article} />
          ) : (
            <span>{t.plural('popup.words', article.wordCount)}</span>
          )}
        </p>
        <div class="row__actions">
          <button
            type="button"
            class="icon-button"
            aria-label={t.t('popup.openOriginalLabel', article.title)}
            onClick={() => onOpen(article)}
          >
            {t.t('popup.open')}
          </button>
          <button
            type="button"
            class="icon-button"
            aria-label={t.t('popup.copyMarkdownOf', article.title)}
            title={t.t('popup.copyMarkdown')}
            onClick={() => onCopy(article)}
          >
            {t.t('popup.copyMarkdown')}
          </button>
          <button
            type="button"
            class="icon-button"
            aria-label={t.t('articleOut.downloadOf', article.title)}
            title={t.t('articleOut.downloadTitle')}
            onClick={() => onDownload(article)}
          >
            {t.t('articleOut.download')}
          </button>
          <button
            type="button"
            class="icon-button"
            aria-label={t.t('articleOut.obsidianOf', article.title)}
            title={t.t('articleOut.openInObsidian')}
            onClick={() => onObsidian(article)}
          >
            {t.t('articleOut.obsidian')}
          </button>
          <button
            type="button"
            class="icon-button icon-button--danger"
            aria-label={t.t('popup.deleteArticle', article.title)}
            title={t.t('popup.delete')}
            onClick={() => onDelete(article)}
          >
            {t.t('popup.delete')}
          </button>
        </div>
      </div>
    </li>
  );
}
