import { describe, expect, it } from 'vitest';
import { readMarkdownFiles, type NamedFile } from '../../lib/import/read-markdown-files';
import { articleDocument } from '../../lib/export/build-export-zip';
import { allInEnglish, inEnglish } from '../harness/locale-messages';
import { makeStoredArticle } from '../articles/article-factory';
import { markdownFolder, textFile } from './foreign-fixtures';

const read = (files: Parameters<typeof readMarkdownFiles>[0]) => {
  const result = readMarkdownFiles(files);
  if (!result.ok) throw new Error(inEnglish(result.message));
  return result;
};

describe('readMarkdownFiles', () => {
  it("reads Obsidian Web Clipper's and MarkDownload's front matter, and ignores other files", () => {
    const { articles, skipped } = read(markdownFolder());
    expect(allInEnglish(skipped)).toEqual([]);
    expect(articles).toHaveLength(2);
    const [obsidian, markdownload] = articles;
    expect(obsidian).toMatchObject({
      origin: 'clippings/The quiet harbour at dawn.md',
      url: 'https://harbour.example/dawn?ref=home#top',
      title: 'The quiet harbour at dawn',
      authors: ['Mara Voss'],
      publishedTime: '2025-03-02',
      savedAt: '2025-03-04',
      excerpt: 'Fishing boats, fog and a bell.',
      tags: ['clippings', 'Sea Life'],
      body: { kind: 'markdown', text: 'Before the first ferry the harbour is *quiet*.\n\n- nets\n- ropes' },
    });
    expect(markdownload).toMatchObject({
      url: 'https://mills.example/tidal',
      // No title field: the first heading is the title, and the body keeps it, as the file has it.
      title: 'Tidal mills of the northern coast',
      authors: ['Ilse Brandt'],
      // "2025-02-10T08:15:00 (UTC +01:00)": the time in the zone its note names.
      savedAt: '2025-02-10T07:15:00.000Z',
      tags: ['history', 'engineering'],
    });
    expect(markdownload?.body).toEqual({
      kind: 'markdown',
      text: expect.stringMatching(
        /^# Tidal mills of the northern coast\n\n> ## Excerpt\n[\s\S]*let out through the wheel\.$/,
      ),
    });
  });

  it('takes a file of our own export back exactly, tags, capture time and reading state included', () => {
    const stored = makeStoredArticle({ id: 4, tags: ['kept'], status: 'read', progress: 0.4 });
    const { articles } = read([textFile('x/a.md', articleDocument(stored))]);
    const { id, tags, status, progress, ...article } = stored;
    expect(id).toBe(4);
    expect(articles[0]?.exact).toEqual({ article, state: { status, progress } });
    expect(articles[0]?.tags).toEqual(tags);
  });

  it('leaves out a file without an address, without front matter, with bad YAML or not in UTF-8, saying why', () => {
    const { articles, skipped } = read([
      ...markdownFolder(),
      textFile('no-source.md', '---\ntitle: Lost\n---\nText.'),
      textFile('plain.md', '# Just a note\n\nNo front matter.'),
      textFile('broken.md', '---\ntitle: [unclosed\nsource: https://a.example/\n---\nText.'),
      textFile('list.md', '---\n- a\n- b\n---\nText.'),
      { name: 'latin1.md', bytes: new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0xe9, 0x0a]), lastModified: 0 },
    ]);
    expect(articles).toHaveLength(2);
    expect(allInEnglish(skipped)).toEqual([
      { fileName: 'no-source.md', reason: 'Its front matter names no page address (source or url).' },
      { fileName: 'plain.md', reason: expect.stringContaining('It has no front matter') },
      { fileName: 'broken.md', reason: expect.stringContaining('The front matter is not valid YAML') },
      { fileName: 'list.md', reason: 'Its front matter is not a list of “key: value” lines.' },
      { fileName: 'latin1.md', reason: 'It is not UTF-8 text.' },
    ]);
  });

  it("skips hidden folders and files (Obsidian's .trash, macOS's __MACOSX and ._ copies)", () => {
    const hidden = ['.trash/Old.md', 'clippings/._The quiet harbour at dawn.md', '__MACOSX/clippings/x.md'];
    const note = markdownFolder()[0] as NamedFile;
    const { articles, skipped } = read([note, ...hidden.map((name) => ({ ...note, name }))]);
    expect(articles.map((a) => a.origin)).toEqual([note.name]);
    expect(allInEnglish(skipped)).toEqual([]);
  });

  it('refuses a choice with no Markdown file in it', () => {
    expect(allInEnglish(readMarkdownFiles([textFile('a.txt', 'hello')]))).toEqual({
      ok: false,
      message: 'There are no Markdown (.md) files in what you chose.',
    });
  });
});
