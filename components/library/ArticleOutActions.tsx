import { useTranslator } from '../shared/use-translator';

export interface ArticleOutActionsProps {
  onDownload: () => void;
  onCopy: () => void;
  onObsidian: () => void;
}

/** The open article out of the library: as a `.md` file, on the clipboard, or into Obsidian. */
export function ArticleOutActions({ onDownload, onCopy, onObsidian }: ArticleOutActionsProps) {
  const t = useTranslator();
  return (
    <span class="article-out">
      <button type="button" title={t.t('articleOut.downloadTitle')} onClick={onDownload}>
        {t.t('articleOut.download')}
      </button>
      <button type="button" onClick={onCopy}>
        {t.t('articleOut.copy')}
      </button>
      <button type="button" onClick={onObsidian}>
        {t.t('articleOut.openInObsidian')}
      </button>
    </span>
  );
}
