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
 * A pattern every text holding the phrase matches (lower-cased): its words in order with only
 * non-word characters between them, each perhaps followed by the possessive 's that tokenize()
 * drops. Looser than the words themselves (no word boundaries), so it never turns a phrase away;
 * a text that matches is then split into words to be sure. Running one pattern over a body costs
 * a small part of splitting it, and most candidates of a phrase search hold its words apart.
 */
function loosePattern(words: readonly string[]): RegExp {
  const word = (w: string) => `${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:['’]s)?`;
  return new RegExp(words.map(word).join('[^\\p{L}\\p{N}]*'), 'u');
}

/**
 * A test of whether an article holds every quoted phrase word for word, in order, within one field
 * (title, authors, site or text). The index knows which words an article holds, not where, so a
 * phrase search checks its candidates' text with this; make it once per search, for all of them.
 */
export function phraseTest(phrases: readonly (readonly string[])[]): (article: SearchableArticle) => boolean {
  const patterns = phrases.map(loosePattern);
  return (article) => {
    const fields = [
      article.title,
      article.authors.join(', '),
      article.siteName ?? '',
      stripMarkdown(article.markdown),
    ].map((text) => ({ text, lower: text.toLowerCase(), tokens: null as string[] | null }));
    return phrases.every((words, p) =>
      fields.some((field) => {
        if (!(patterns[p] as RegExp).test(field.lower)) return false;
        field.tokens ??= tokenize(field.text);
        return hasRun(field.tokens, words);
      }),
    );
  };
}

/** Whether `article` holds every quoted phrase (see phraseTest, which checks many articles faster). */
export function holdsPhrases(article: SearchableArticle, phrases: readonly (readonly string[])[]): boolean {
  return phraseTest(phrases)(article);
}
