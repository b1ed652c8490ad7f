import { describe, expect, it } from 'vitest';
import { stringifyFrontMatter } from '../../lib/markdown/front-matter';
import { toMarkdownDocument } from '../../lib/markdown/markdown-document';
import { quickFrontMatterText, writeFrontMatter } from '../../lib/export/quick-front-matter-text';
import { DEFAULT_TEMPLATE_SETTINGS } from '../../lib/templates/template-settings';
import { makeStoredArticle } from '../articles/article-factory';
import { articleStream } from './article-stream';
import { randomYamlTexts, TRICKY_YAML_TEXTS } from './tricky-yaml-texts';

/** The quick writer either declines or writes exactly what the YAML library writes. */
function expectSameAsYaml(data: Record<string, unknown>): 'quick' | 'declined' {
  const quick = quickFrontMatterText(data);
  if (quick === null) return 'declined';
  expect(quick, JSON.stringify(data)).toBe(stringifyFrontMatter(data));
  return 'quick';
}

describe('quickFrontMatterText', () => {
  it('writes every generated article’s front matter itself, exactly as the YAML library does', () => {
    for (const article of articleStream(400)) {
      let written = '';
      toMarkdownDocument({ ...article, tags: ['a b', 'reading'] }, undefined, (data) => {
        expect(expectSameAsYaml(data)).toBe('quick');
        written = writeFrontMatter(data);
        return written;
      });
      expect(written).not.toBe('');
    }
  });

  it('writes states, flags and progress as the library does', () => {
    const article = makeStoredArticle({ status: 'archived', progress: 0.42, tags: ['x'], selection: true });
    const data: Record<string, unknown>[] = [];
    toMarkdownDocument(article, DEFAULT_TEMPLATE_SETTINGS.frontMatter, (d) => (data.push(d), ''));
    expect(expectSameAsYaml(data[0] ?? {})).toBe('quick');
  });

  it('declines or agrees with the library on each tricky value, as a value, a list item and a key', () => {
    let quick = 0;
    for (const value of TRICKY_YAML_TEXTS) {
      for (const data of [{ title: value }, { title: 't', tags: [value, 'b'] }, { [value]: 1 }]) {
        if (expectSameAsYaml(data) === 'quick') quick++;
      }
    }
    expect(quick).toBeGreaterThan(TRICKY_YAML_TEXTS.length);
  });

  it('declines or agrees on other values: numbers, booleans, nulls, empty lists, objects', () => {
    const values: unknown[] = [
      0,
      1,
      -3,
      2 ** 60,
      0.5,
      0.1 + 0.2,
      1e-7,
      1.5,
      NaN,
      true,
      false,
      null,
      [],
      {},
      [1, 'a'],
    ];
    for (const value of values) expectSameAsYaml({ title: 'x', value });
  });

  it('declines or agrees on random text of YAML-significant characters', () => {
    let quick = 0;
    for (const value of randomYamlTexts(3000, 5)) {
      if (expectSameAsYaml({ title: value }) === 'quick') quick++;
      expectSameAsYaml({ tags: [value] });
    }
    expect(quick).toBeGreaterThan(100);
  });
});
