import { parseHTML } from 'linkedom';
import { inEnglish } from '../harness/locale-messages';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { capturePage } from '../../lib/capture/capture-page';
import { parseMarkdownDocument, toMarkdownDocument } from '../../lib/markdown/markdown-document';
import { TITLE_CASES, titledPage } from './hostile-titles';
import { robustnessCase } from './robustness-record';

// Titles and bylines that carry HTML, Markdown, YAML, right-to-left text, emoji, zero-width
// characters or sheer length: the exported file's front matter is valid YAML (read by the yaml
// package, not only our own reader) and carries exactly the text of the page.

describe('hostile titles in the exported front matter', () => {
  it.each(TITLE_CASES.map((c, i) => [c.input, i] as const))('%s', (input, index) => {
    const tally = robustnessCase('hostile title (Node)', input);
    const { document } = parseHTML(titledPage(index));
    const result = capturePage(document, `https://site.example/story/${index}`);
    if (!result.ok) throw new Error(inEnglish(result.message));
    const file = toMarkdownDocument(result.article);
    const yamlText = /^---\n([\s\S]*?)\n---\n/.exec(file)?.[1] ?? '';
    const data = parseYaml(yamlText) as { title: unknown; authors?: unknown };
    const reread = parseMarkdownDocument(file);
    const exact =
      result.article.title === TITLE_CASES[index]?.title &&
      data.title === result.article.title &&
      reread.ok &&
      reread.article.title === result.article.title &&
      JSON.stringify(reread.article.authors) === JSON.stringify(result.article.authors) &&
      JSON.stringify(data.authors ?? []) === JSON.stringify(result.article.authors);
    tally.lost(0);
    tally.handled(exact);
    expect(result.article.title).toBe(TITLE_CASES[index]?.title);
    expect(data.title).toBe(result.article.title);
    expect(data.authors ?? []).toEqual(result.article.authors);
    // Nothing the title carried became a key of its own.
    expect(Object.keys(data as object)).not.toContain('tags');
    expect(reread.ok && reread.article).toEqual(result.article);
  });
});
