import { formatBytes } from '../../lib/format/format-bytes';
import { plural } from '../../lib/format/plural';

export interface StorageFigures {
  articles: number;
  images: { count: number; bytes: number };
  searchIndex: number;
  total: number;
  /** What the browser reports for the extension in all, shown on hover as a cross-check. */
  browserTotal: number | null;
}

/** The library's footer line: the storage it uses in all and by part; nothing until it is measured. */
export function StorageUsage({ usage }: { usage: StorageFigures | null }) {
  if (!usage) return null;
  const { articles, images, searchIndex, total, browserTotal } = usage;
  const title =
    browserTotal === null
      ? undefined
      : `The browser counts ${formatBytes(browserTotal)} for the extension in all, with its own overhead.`;
  return (
    <footer class="storage-usage" title={title}>
      Storage: <strong>{formatBytes(total)}</strong> — articles {formatBytes(articles)} · images{' '}
      {formatBytes(images.bytes)} ({plural(images.count, 'image', 'images')}) · search index{' '}
      {formatBytes(searchIndex)}
    </footer>
  );
}
