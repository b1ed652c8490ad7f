import { Readability } from '@mozilla/readability';
import { findMainBlock } from './find-main-block.ts';
import { flattenEmbeds } from './flatten-embeds.ts';
import { findMarkedBody } from './marked-body.ts';
import { removeNonContent, type RemovalReport } from './remove-non-content.ts';
import { resolveMedia, revealNoscriptImages } from './prepare-document.ts';
import { revealHiddenContent } from './reveal-hidden-content.ts';

/** The steps of a pick, in order, for benchmarks that time them. */
export type PickStep = 'prepare' | 'pre-pass' | 'resolve' | 'main-block' | 'readability';

/** The block Readability chose as the article, with what the pre-pass took away before it chose. */
export interface ArticlePick {
  /** The extracted article (classes kept for the clean-up), or null when Readability found nothing. */
  root: Element | null;
  title: string | null;
  byline: string | null;
  removal: RemovalReport;
  /** Found without Readability, as the block that holds nearly all of a book-length page's text. */
  certain: boolean;
  /** A copy of the post body the page marks as such (see findMarkedBody), taken before Readability ran. */
  markedBody?: Element | null;
}

/**
 * Runs Readability on `work`, a copy of the page that becomes the pick's. With `furniture`, our pre-pass
 * first removes navigation, sidebars, share rows and the like; without it, only what no reader sees.
 * With `furniture`, a book-length page whose article is beyond doubt is picked without Readability.
 */
export function pickArticle(
  work: Document,
  base: string,
  furniture: boolean,
  onStep: (step: PickStep) => void = () => undefined,
): ArticlePick {
  revealNoscriptImages(work);
  revealHiddenContent(work);
  flattenEmbeds(work, base);
  onStep('prepare');
  const removal = removeNonContent(work, { furniture });
  onStep('pre-pass');
  // After the pre-pass: on a large page most links and images are in the furniture it removed.
  resolveMedia(work, base);
  onStep('resolve');
  // A book-length article beyond doubt is taken as it is: scoring it would take longer than the rest.
  const block = furniture ? findMainBlock(work) : null;
  onStep('main-block');
  if (block) return { root: block, title: null, byline: null, removal, certain: true };
  const markedBody = findMarkedBody(work);
  const parsed = new Readability<Element>(work, {
    serializer: (node) => node as Element,
    // Class names stay until the end: the clean-up and the code-language detection read them.
    keepClasses: true,
  }).parse();
  onStep('readability');
  return {
    root: parsed?.content ?? null,
    title: parsed?.title?.trim() || null,
    byline: parsed?.byline ?? null,
    removal,
    certain: false,
    markedBody,
  };
}
