import { memo } from 'preact/compat';
import { formatBytes } from '../../lib/format/format-bytes';
import { useTranslator } from '../shared/use-translator';

export interface StorageFigures {
  articles: number;
  images: { count: number; bytes: number };
  searchIndex: number;
  total: number;
  /** What the browser reports for the extension in all, shown on hover as a cross-check. */
  browserTotal: number | null;
}

/**
 * The library's footer line: the storage it uses in all and by part; nothing until it is measured.
 * Rendered again only when the figures change, not at each search.
 */
export const StorageUsage = memo(function StorageUsage({ usage }: { usage: StorageFigures | null }) {
  const t = useTranslator();
  if (!usage) return null;
  const { articles, images, searchIndex, total, browserTotal } = usage;
  const bytes = (n: number) => formatBytes(n, t.locale);
  const title = browserTotal === null ? undefined : t.t('library.storageBrowserTotal', bytes(browserTotal));
  return (
    <footer class="storage-usage" title={title}>
      {t.t('library.storage')} <strong>{bytes(total)}</strong>{' '}
      {t.t(
        'library.storageParts',
        bytes(articles),
        bytes(images.bytes),
        t.plural('library.images', images.count),
        bytes(searchIndex),
      )}
    </footer>
  );
});
