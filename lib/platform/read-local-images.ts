import { describeImageFailure } from '../images/image-failure';
import { listMarkdownImages } from '../images/list-markdown-images';
import type { ImageResolver, LocalImage } from '../reading/localize-image';
import { getDatabase, type CleanCaptureDb } from './store/db';
import { browserTranslator } from './browser-translator';
import type { Translator } from '../i18n/create-translator';
import { say } from '../i18n/message';
import { readArticleImages } from './store/image-store';

/** An article's images as the reading view shows them, and the call that lets go of them. */
export interface LocalImages {
  resolve: ImageResolver;
  /** Revokes the object URLs; call when the article is no longer shown. */
  release: () => void;
  /** Images neither stored nor failed yet: the worker is at them, or was stopped before it finished. */
  pending: number;
}

/**
 * Object URLs for the stored images of an article, and the reason for each one that is not
 * stored. The caller releases them when the article closes, so the blobs are not held for ever.
 */
export async function readLocalImages(
  articleId: number,
  markdown: string,
  db: CleanCaptureDb = getDatabase(),
  objectUrls: Pick<typeof URL, 'createObjectURL' | 'revokeObjectURL'> = URL,
  translator: Translator = browserTranslator(),
): Promise<LocalImages> {
  const entries = await readArticleImages(db, articleId, listMarkdownImages(markdown));
  const shown = new Map<string, LocalImage>();
  const created: string[] = [];
  let pending = 0;
  for (const entry of entries) {
    if ('image' in entry) {
      const src = objectUrls.createObjectURL(entry.image.blob);
      created.push(src);
      shown.set(entry.url, { kind: 'stored', src });
    } else if ('failure' in entry) {
      shown.set(
        entry.url,
        entry.failure.reason === 'spacer'
          ? { kind: 'skipped' }
          : { kind: 'missing', reason: say(translator, describeImageFailure(entry.failure)) },
      );
    } else pending++;
  }
  return {
    resolve: (address) => shown.get(address) ?? { kind: 'missing', reason: null },
    release: () => created.forEach((src) => objectUrls.revokeObjectURL(src)),
    pending,
  };
}
