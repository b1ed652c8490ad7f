import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { StoredArticle } from '../../lib/article';
import { articleDocument } from '../../lib/export/build-export-zip';
import { locateQuote } from '../../lib/highlights/locate-quote';
import { markdownText } from '../../lib/highlights/markdown-text';
import { buildImportPreview } from '../../lib/import/import-preview';
import type { ImportRead } from '../../lib/import/import-read';
import { readImportFiles, type PickedFile } from '../../lib/import/read-import-files';
import { summariseImport } from '../../lib/import/summarise-import';
import { say } from '../../lib/i18n/message';
import { translatorFor } from '../harness/locale-messages';
import {
  FILE_TIME,
  INSTAPAPER_CSV,
  POCKET_CSV,
  POCKET_HTML,
  bytesFile,
  markdownFolder,
  markdownZip,
  omnivoreZip,
  parseHtml,
  textFile,
  wallabagJson,
} from './foreign-fixtures';
import { makeStoredArticle } from '../articles/article-factory';

const deps = { t: translatorFor('en'), parseHtml };
const read = async (files: PickedFile[]) => {
  const result = await readImportFiles(files, deps);
  if (!result.ok) throw new Error(JSON.stringify(result.message));
  return result;
};
const titles = (result: Extract<ImportRead, { ok: true }>) => result.articles.map((a) => a.article.title);

/** The articles as the library would hold them after the import. */
const stored = (result: Extract<ImportRead, { ok: true }>): StoredArticle[] =>
  result.articles.map(({ article, tags, state }, i) => ({ ...article, tags, ...state, id: i + 1 }));

describe('readImportFiles', () => {
  // Every fixture under a name that says nothing (or the wrong thing): the content decides.
  it.each([
    ['markdown', () => [bytesFile('export.dat', markdownZip())], 2],
    ['omnivore', () => [bytesFile('library.csv', omnivoreZip())], 3],
    ['wallabag', () => [textFile('download', wallabagJson())], 2],
    ['instapaper', () => [textFile('export.json', INSTAPAPER_CSV)], 3],
    ['pocket-csv', () => [textFile('part_000000.txt', POCKET_CSV)], 3],
    ['pocket-html', () => [textFile('ril_export.csv', POCKET_HTML)], 3],
    ['markdown', () => markdownFolder(), 2],
  ] as const)('tells %s from its content and reads %#', async (source, files, count) => {
    const result = await read([...files()]);
    expect(result.source).toBe(source);
    expect(result.articles).toHaveLength(count);
    expect(result.skipped).toEqual([]);
    // A second import of the same file finds every article already present.
    const again = buildImportPreview(await read([...files()]), stored(result));
    expect(again.unchanged).toHaveLength(count);
    expect(again.added).toEqual([]);
    expect(again.changed).toEqual([]);
  });

  it('converts Omnivore HTML as a capture does, with labels as tags and highlights as highlights', async () => {
    const result = await read([bytesFile('omnivore.zip', omnivoreZip())]);
    expect(titles(result)).toEqual([
      'Lanterns of the old quarter',
      'A field guide to puddles',
      'The slow train home',
    ]);
    const [lanterns, puddles, train] = result.articles;
    expect(lanterns?.tags).toEqual(['crafts', 'evening reading']);
    expect(lanterns?.article).toMatchObject({
      canonicalUrl: 'https://lanterns.example/old-quarter',
      capturedAt: '2024-09-14T18:20:00.000Z',
      publishedTime: '2024-09-01T00:00:00.000Z',
      authors: ['Tomasz Wierzba'],
    });
    const body = lanterns?.article.markdown ?? '';
    // Our clean-up and Turndown rules: the share line and the repeated title go, links become absolute.
    expect(body).toContain(
      'The paper is **mulberry**, soaked and stretched; see [the glossary](https://lanterns.example/glossary#washi).',
    );
    expect(body).toContain('![Frames drying](https://lanterns.example/frames.jpg)');
    expect(body).not.toContain('Share this article');
    expect(body).not.toContain('# Lanterns');
    expect(body).not.toContain('document.title');
    // Highlights are the library's own, placed in the text; the body stays the page's text alone.
    expect(body).not.toContain('Highlights');
    expect(body).not.toContain('Worth a visit');
    const highlights = lanterns?.annotations?.highlights ?? [];
    expect(highlights.map((h) => [h.quote.exact, h.note, h.createdAt])).toEqual([
      ['the street turns gold for a week', '', '2024-09-14T18:20:00.000Z'],
      [
        'The oldest shop has done it for ninety years.',
        'Worth a visit in October.',
        '2024-09-14T18:20:00.000Z',
      ],
    ]);
    for (const h of highlights) {
      expect(h.quote.prefix).not.toBe('');
      expect(locateQuote(markdownText(body), h.quote)).not.toBeNull();
    }
    // Read again, the same highlights under the same ids: a second import does not double them.
    const again = (await read([bytesFile('omnivore.zip', omnivoreZip())])).articles[0];
    expect(again?.annotations?.highlights.map((h) => h.id)).toEqual(highlights.map((h) => h.id));
    expect(new Set(highlights.map((h) => h.id)).size).toBe(2);
    expect(lanterns?.article.wordCount).toBeGreaterThan(50);
    expect(puddles?.article.markdown).toContain('- Shallow');
    expect(puddles?.state).toEqual({ status: 'archived', progress: 0 });
    expect(lanterns?.state).toEqual({ status: 'unread', progress: 0 });
    expect(puddles?.article.notCaptured).toBeUndefined();
    // No content file: kept as a page to capture, its dates and tags with it.
    expect(train?.article).toMatchObject({
      notCaptured: true,
      markdown: '',
      capturedAt: '2024-07-20T21:45:00.000Z',
    });
    expect(train?.tags).toEqual(['travel']);
  });

  it('converts Wallabag HTML, and keeps annotations as highlights', async () => {
    const result = await read([textFile('wallabag.json', wallabagJson())]);
    const [compost, bees] = result.articles;
    expect(compost?.article.markdown).toMatch(
      /^Leave the heap alone[\s\S]*Add \*brown\* leaves in autumn\.$/,
    );
    expect(compost?.annotations?.note).toBe('Ask the allotment society.');
    expect(
      compost?.annotations?.highlights.map((h) => [
        h.quote.exact,
        h.quote.suffix.trim() !== '',
        h.note,
        h.createdAt,
      ]),
    ).toEqual([
      ['Leave the heap alone for a season', true, 'Try this in March.', '2024-04-03T10:00:00.000Z'],
    ]);
    expect(bees?.annotations).toBeUndefined();
    expect(compost?.tags).toEqual(['gardening', 'soil']);
    expect(bees?.state.status).toBe('archived');
    expect(compost?.state.status).toBe('unread');
    expect(bees?.article).toMatchObject({
      lang: 'de',
      capturedAt: '2024-01-15T07:00:00.000Z',
    });
  });

  it('makes reading-list entries pages to capture, with their tags and archived status', async () => {
    const result = await read([textFile('pocket.csv', POCKET_CSV)]);
    expect(
      result.articles.map(({ article, tags, state }) => [
        article.title,
        article.notCaptured,
        state.status,
        tags,
      ]),
    ).toEqual([
      ['Knots every sailor should know', true, 'unread', ['sea', 'skills']],
      ['Why owls turn their heads, explained', true, 'archived', []],
      ['Winter soup', true, 'unread', ['food']],
    ]);
    expect(result.articles[0]?.article).toMatchObject({
      markdown: '',
      wordCount: 0,
      sourceUrl: 'https://knots.example/sailor',
    });
    expect(summariseImport(buildImportPreview(result, []))).toMatchObject({
      source: 'pocket-csv',
      added: 3,
      uncaptured: 3,
    });
  });

  it('keeps the body of a Markdown file as it is, and gives a page with no saved date the file’s time', async () => {
    const result = await read(markdownFolder());
    const [obsidian, markdownload] = result.articles;
    expect(obsidian?.article).toMatchObject({
      canonicalUrl: 'https://harbour.example/dawn?ref=home',
      sourceUrl: 'https://harbour.example/dawn?ref=home#top',
      markdown: 'Before the first ferry the harbour is *quiet*.\n\n- nets\n- ropes',
      capturedAt: '2025-03-04',
    });
    expect(obsidian?.tags).toEqual(['clippings', 'sea life']);
    expect(markdownload?.article.capturedAt).toBe('2025-02-10T07:15:00.000Z');
    const undated = await read([textFile('a.md', '---\nsource: https://a.example/\n---\nText.')]);
    expect(undated.articles[0]?.article).toMatchObject({
      capturedAt: new Date(FILE_TIME).toISOString(),
      title: 'a',
    });
  });

  it('keeps the reading state a file of our own names, and reads other Markdown files as unread', async () => {
    const own = articleDocument(makeStoredArticle({ id: 7, status: 'read', progress: 0.4 }));
    const result = await read([textFile('mine/a.md', own), ...markdownFolder()]);
    expect(result.articles.map(({ article, state }) => [article.title, state])).toEqual([
      ['Article number 7', { status: 'read', progress: 0.4 }],
      ...result.articles.slice(1).map(({ article }) => [article.title, { status: 'unread', progress: 0 }]),
    ]);
  });

  it('reports progress to the end, and stops when cancelled', async () => {
    const progress: Array<[number, number]> = [];
    await readImportFiles([bytesFile('o.zip', omnivoreZip())], {
      ...deps,
      onProgress: (done, total) => progress.push([done, total]),
    });
    expect(progress.at(-1)).toEqual([3, 3]);
    const cancelled = new AbortController();
    cancelled.abort();
    await expect(
      readImportFiles([bytesFile('o.zip', omnivoreZip())], { ...deps, signal: cancelled.signal }),
    ).rejects.toThrow('The import was cancelled.');
  });

  it('never lets a bare link stand in for a page already captured', async () => {
    const pocket = await read([textFile('pocket.csv', POCKET_CSV)]);
    const captured = stored(pocket).map((a) => ({
      ...a,
      notCaptured: undefined,
      markdown: 'The text, captured since.',
    }));
    const preview = buildImportPreview(pocket, captured);
    expect(preview.unchanged).toHaveLength(3);
    expect(preview.changed).toEqual([]);
  });

  it.each([
    ['an empty file', bytesFile('x.zip', new Uint8Array()), 'The file is empty.'],
    [
      'not text',
      bytesFile('x.csv', new Uint8Array([0xff, 0xfe, 0x00, 0x41])),
      'This file is in no format that can be imported',
    ],
    ['CSV of something else', textFile('x.csv', 'name,email\nA,a@example.com'), 'This file is in no format'],
    [
      'JSON of something else',
      textFile('x.json', '{"version": 1}'),
      'This JSON file is not a Wallabag export',
    ],
    [
      'broken JSON',
      textFile('x.json', '[{"url": "https://a.example/", "content": '),
      'x.json is not valid JSON',
    ],
    [
      'HTML of something else',
      textFile('x.html', '<!doctype html><p>Hello</p>'),
      'This file is in no format',
    ],
    [
      'a zip of nothing importable',
      bytesFile('x.zip', zipSync({ 'notes.txt': strToU8('Hello') })),
      'There are no Markdown (.md) files in what you chose.',
    ],
    ['a damaged zip', bytesFile('x.zip', markdownZip().slice(0, 60)), 'zip'],
  ])('refuses %s with a message naming the problem', async (_name, file, message) => {
    const result = await readImportFiles([file], deps);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(say(deps.t, result.message)).toContain(message);
  });
});
