import type { ImportSource } from '../../lib/import/import-read';
import type { ImportSummary } from '../../lib/import/summarise-import';
import { useTranslator } from '../shared/use-translator';

type ForeignSourceName = Exclude<ImportSource, 'clean-capture'>;

/** Each tool's name as the preview gives it; the keys are spelt out so the locale check finds them. */
const SOURCE_KEYS: Record<ForeignSourceName, string> = {
  markdown: 'importFrom.sources.markdown',
  omnivore: 'importFrom.sources.omnivore',
  wallabag: 'importFrom.sources.wallabag',
  instapaper: 'importFrom.sources.instapaper',
  'pocket-csv': 'importFrom.sources.pocketCsv',
  'pocket-html': 'importFrom.sources.pocketHtml',
};

// The exports whose highlights (or annotations) come in as text under the article.
const WITH_HIGHLIGHTS: ReadonlySet<ImportSource> = new Set(['omnivore', 'wallabag']);

/**
 * The preview's first lines for another tool's export: where it is from and how many entries it
 * holds, how many come as links only (to be captured later), and where highlights go.
 */
export function ForeignSource({ summary, source }: { summary: ImportSummary; source: ForeignSourceName }) {
  const t = useTranslator();
  return (
    <>
      <p class="import-source">
        {t.plural('importFrom.fromSource', summary.total, t.t(SOURCE_KEYS[source]))}
      </p>
      {summary.uncaptured > 0 && (
        <p class="import-note import-uncaptured">{t.plural('importFrom.uncaptured', summary.uncaptured)}</p>
      )}
      {WITH_HIGHLIGHTS.has(source) && <p class="import-note">{t.t('importFrom.highlightsNote')}</p>}
    </>
  );
}
