import { tokenize } from './parse-query';
import { stripMarkdown } from '../markdown/markdown-to-plain-text';
import type { SearchableArticle } from './article-search';

/** Whether `words` occur one after another in `tokens`. */
function hasRun(tokens: readonly string[], words: readonly string[]): boolean {
  const last = tokens.length - words.length;
  for (let i = 0; i <= last; i++) {
    let j = 0;
    while (j < words.length && tokens[i + j] === words[j]) j++;
    if (j === words.length) return true;
  }
  return false;
}

/**
 * Whether every quoted phrase occurs word for word, in order, within one field of the article
 * (title, authors, site or text). The index knows which words an article holds, not where, so a
 * phrase search checks its candidates' text with this.
 */
export function holdsPhrases(article: SearchableArticle, phrases: readonly (readonly string[])[]): boolean {
  const fields = [
    article.title,
    article.authors.join(', '),
    article.siteName ?? '',
    stripMarkdown(article.markdown),
  ];
  const tokenized = fields.map((text) => tokenize(text));
  return phrases.every((words) => tokenized.some((tokens) => hasRun(tokens, words)));
}
