import type { DOMPurify } from 'dompurify';
import { message, type Message } from '../i18n/message';
import { messageOf } from '../message-of';
import type { ImageResolver } from './localize-image';
import { renderMarkdown } from './render-markdown';

/** What the reading view shows: the rendered article, or its Markdown as text and why. */
export type ArticleBody =
  | { kind: 'html'; safeHtml: string }
  /** `text` is shown as text, never parsed as HTML. */
  | { kind: 'text'; text: string; problem: Message };

/**
 * The article body for the reading view. Markdown the renderer cannot take (marked overflows the
 * stack on a quote nested 5,000 levels deep) falls back to the Markdown itself, as text, with a
 * message, so the article still opens instead of silently never appearing.
 */
export function renderArticleBody(
  markdown: string,
  purify: DOMPurify,
  resolveImage?: ImageResolver,
): ArticleBody {
  try {
    return { kind: 'html', safeHtml: renderMarkdown(markdown, purify, resolveImage) };
  } catch (error) {
    const reason = messageOf(error);
    return {
      kind: 'text',
      // A damaged record may hold something other than text; it is shown as well as it can be.
      text: String(markdown),
      problem: message('reader.notFormatted', reason),
    };
  }
}
