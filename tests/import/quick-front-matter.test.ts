import { describe, expect, it } from 'vitest';
import { articleDocument } from '../../lib/export/build-export-zip';
import { parseFrontMatter, stringifyFrontMatter } from '../../lib/markdown/front-matter';
import { quickFrontMatter, readExportedFrontMatter } from '../../lib/import/quick-front-matter';
import { articleStream } from '../export/article-stream';
import { randomYamlTexts, TRICKY_YAML_TEXTS } from '../export/tricky-yaml-texts';
import { makeStoredArticle } from '../articles/article-factory';

/** The YAML between an exported file's `---` lines. */
function frontMatterOf(document: string): string {
  return document.slice(4, document.indexOf('\n---\n', 4) + 1);
}

/** The quick reader either declines or reads exactly what the YAML library reads. */
function expectSameAsYaml(yamlText: string): 'quick' | 'declined' {
  const quick = quickFrontMatter(yamlText);
  if (quick === null) return 'declined';
  const slow = parseFrontMatter(yamlText);
  expect(slow, yamlText).toEqual({ ok: true, data: quick });
  return 'quick';
}

describe('quickFrontMatter', () => {
  it('reads every generated export file itself, exactly as the YAML library does', () => {
    for (const article of articleStream(400)) {
      const yamlText = frontMatterOf(articleDocument({ ...article, tags: ['a b', 'reading'] }));
      expect(expectSameAsYaml(yamlText)).toBe('quick');
    }
  });

  it('reads the states and flags the export writes: numbers, true, lists', () => {
    const document = articleDocument(
      makeStoredArticle({ status: 'archived', progress: 0.42, tags: ['x'], selection: true }),
    );
    expect(expectSameAsYaml(frontMatterOf(document))).toBe('quick');
    expect(quickFrontMatter(frontMatterOf(document))).toMatchObject({ status: 'archived', selection: true });
    const plain = articleDocument(
      makeStoredArticle({ status: 'archived', progress: 0.42, tags: ['x', 'y'] }),
    );
    expect(expectSameAsYaml(frontMatterOf(plain))).toBe('quick');
    expect(quickFrontMatter(frontMatterOf(plain))).toMatchObject({ progress: 0.42, tags: ['x', 'y'] });
  });

  it('declines or agrees with the YAML library on each tricky value, as a value, a list item and a title', () => {
    let quick = 0;
    for (const value of TRICKY_YAML_TEXTS) {
      for (const data of [{ title: value }, { title: 't', tags: [value, 'b'] }, { site: value, n: 3 }]) {
        if (expectSameAsYaml(stringifyFrontMatter(data)) === 'quick') quick++;
      }
    }
    expect(quick).toBeGreaterThan(TRICKY_YAML_TEXTS.length);
  });

  it('declines or agrees on hand-written YAML of other shapes', () => {
    const texts = [
      'title: foo\n  bar\n',
      'title: foo # note\n',
      '# note\ntitle: foo\n',
      'title: &a foo\nsite: *a\n',
      'title: !!str 12\n',
      'tags: [a, b]\n',
      'tags:\n- a\n- b\n',
      'tags:\n  - a\n  - - b\n',
      'tags:\n  - a: b\n',
      'tags:\ntitle: x\n',
      'title: x\ntitle: y\n',
      'title: x\n  - y\n',
      'null: x\n',
      'title:  two spaces\n',
      'title: "a\\x41"\n',
      'title: "\\U0001F600"\n',
      "title: 'it''s'\n",
      'title: "it\\"s"\n',
      'word_count: 007\n',
      'word_count: 12\nprogress: 0.25\n',
      'title: |\n  block\n',
      'title: x\n\nsite: y\n',
      'title: x',
      '',
    ];
    for (const text of texts) expectSameAsYaml(text);
    expect(quickFrontMatter('title: x\ntitle: y\n')).toBeNull();
    expect(quickFrontMatter("title: 'it''s'\n")).toEqual({ title: "it's" });
  });

  it('declines or agrees on random lines of YAML-significant characters', () => {
    let quick = 0;
    for (const value of randomYamlTexts(3000, 11)) {
      if (expectSameAsYaml(`title: ${value}\n`) === 'quick') quick++;
      expectSameAsYaml(`tags:\n  - ${value}\n`);
      expectSameAsYaml(stringifyFrontMatter({ title: value }));
    }
    expect(quick).toBeGreaterThan(100);
  });
});

describe('readExportedFrontMatter', () => {
  it('gives the YAML library’s result and message where the quick reader declines', () => {
    expect(readExportedFrontMatter('title: x\ntitle: y\n')).toEqual(parseFrontMatter('title: x\ntitle: y\n'));
    expect(readExportedFrontMatter('title: |\n  block\n')).toEqual({ ok: true, data: { title: 'block\n' } });
  });
});
