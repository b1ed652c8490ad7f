import type { ContentsEntry } from '../../lib/reading/table-of-contents';
import { useTranslator } from '../shared/use-translator';

export interface TableOfContentsProps {
  entries: readonly ContentsEntry[];
  onGo: (id: string) => void;
}

/** The sections of a long article, each a link to its heading. */
export function TableOfContents({ entries, onGo }: TableOfContentsProps) {
  const { t } = useTranslator();
  return (
    <nav class="reader-toc" aria-label={t('reading.contents')}>
      <details open>
        <summary>{t('reading.contents')}</summary>
        <ol>
          {entries.map((entry) => (
            <li key={entry.id} class={`toc-level-${entry.level}`}>
              <a
                href={`#${entry.id}`}
                onClick={(e) => {
                  // The address names the open article; a heading's anchor would replace it.
                  e.preventDefault();
                  onGo(entry.id);
                }}
              >
                {entry.text}
              </a>
            </li>
          ))}
        </ol>
      </details>
    </nav>
  );
}
