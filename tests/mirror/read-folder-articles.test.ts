import { describe, expect, it } from 'vitest';
import { buildImportPreview } from '../../lib/import/import-preview';
import { readFolderArticles, type FolderLookup } from '../../lib/mirror/read-folder-articles';
import { renderArticleFiles, type FolderFile } from '../../lib/mirror/render-article-files';
import { DEFAULT_TEMPLATE_SETTINGS } from '../../lib/templates/template-settings';
import { makeStoredArticle } from '../articles/article-factory';
import { inEnglish } from '../harness/locale-messages';
import { must } from '../harness/must';
import { sample } from '../images/image-bytes';
import { memoryImageSource } from './memory-image-source';

const PHOTO = 'https://cdn.example/photo.jpg';
const encode = (text: string) => new TextEncoder().encode(text);
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

/** A folder in memory: its Markdown files, and the sidecars and assets the reader looks up. */
function folderOf(files: FolderFile[]): { markdown: FolderFile[]; lookup: FolderLookup } {
  const byPath = new Map(files.map((file) => [file.path, file.bytes]));
  return {
    markdown: files.filter((file) => file.path.endsWith('.md')),
    lookup: {
      sidecar: (path) =>
        Promise.resolve(
          byPath.has(`.clean-capture/${path}.json`)
            ? decode(must(byPath.get(`.clean-capture/${path}.json`)))
            : null,
        ),
      asset: (path) => Promise.resolve(byPath.get(path) ?? null),
    },
  };
}

async function mirrored(
  article = makeStoredArticle({ id: 1, tags: ['energy'], markdown: `Intro.\n\n![Photo](${PHOTO})` }),
) {
  const source = await memoryImageSource({ [article.id]: { [PHOTO]: sample('photo-400.jpg') } });
  const rendered = await renderArticleFiles(
    article,
    'news/article-number-1.md',
    DEFAULT_TEMPLATE_SETTINGS,
    source,
  );
  return { article, files: [rendered.markdown, rendered.sidecar, ...rendered.assets] };
}

describe('readFolderArticles', () => {
  it('reads a mirrored file back as the same article, its image restored to its address', async () => {
    const { article, files } = await mirrored();
    const folder = folderOf(files);
    const read = await readFolderArticles(folder.markdown, folder.lookup);
    expect(read.skipped).toEqual([]);
    const [imported] = read.articles;
    expect(imported?.article.markdown).toBe(article.markdown);
    expect(imported?.tags).toEqual(['energy']);
    expect(imported?.images.map((image) => image.url)).toEqual([PHOTO]);
    // Compared with the library that wrote it: nothing to import.
    const preview = buildImportPreview(read, [article]);
    expect([preview.added.length, preview.unchanged.length, preview.changed.length]).toEqual([0, 1, 0]);
  });

  it('reads a file with highlights back as the same body, with its highlights and note', async () => {
    const article = makeStoredArticle({ id: 3, markdown: 'The mill turns again.\n\nThe river is high.' });
    const highlight = {
      id: 'h1',
      articleId: 3,
      color: 'pink' as const,
      quote: { exact: 'river is high', prefix: 'The ', suffix: '', start: 26, end: 39 },
      note: 'Spring',
      createdAt: '2025-03-07T10:00:00.000Z',
    };
    const rendered = await renderArticleFiles(article, 'mill.md', DEFAULT_TEMPLATE_SETTINGS, undefined, {
      highlights: [highlight],
      note: 'Whole piece',
    });
    expect(decode(rendered.markdown.bytes)).toContain('The ==river is high==.');
    const folder = folderOf([rendered.markdown, rendered.sidecar]);
    const read = await readFolderArticles(folder.markdown, folder.lookup);
    const [imported] = read.articles;
    expect(imported?.article.markdown).toBe(article.markdown);
    expect(imported?.annotations).toEqual({
      note: 'Whole piece',
      highlights: [
        { id: 'h1', color: 'pink', quote: highlight.quote, note: 'Spring', createdAt: highlight.createdAt },
      ],
    });
    const preview = buildImportPreview(read, [article]);
    expect([preview.added.length, preview.unchanged.length, preview.changed.length]).toEqual([0, 1, 0]);
  });

  it('reads a file edited in the folder (a tag added by hand) as a change', async () => {
    const { article, files } = await mirrored();
    const edited = files.map((file) =>
      file.path.endsWith('.md')
        ? { ...file, bytes: encode(decode(file.bytes).replace('  - energy\n', '  - energy\n  - mills\n')) }
        : file,
    );
    const folder = folderOf(edited);
    const read = await readFolderArticles(folder.markdown, folder.lookup);
    const preview = buildImportPreview(read, [article]);
    expect(preview.changed.map((change) => change.incoming.tags)).toEqual([['energy', 'mills']]);
  });

  it('passes over a note of the user’s own and skips an article file of ours that is broken', async () => {
    const { files } = await mirrored();
    const broken = files.map((file) =>
      file.path.endsWith('.md') ? { ...file, bytes: encode('---\ntitle: [unclosed\n') } : file,
    );
    const folder = folderOf([...broken, { path: 'shopping list.md', bytes: encode('- milk\n- bread\n') }]);
    const read = await readFolderArticles(folder.markdown, folder.lookup);
    expect(read.articles).toEqual([]);
    expect(read.ignoredFiles).toEqual(['shopping list.md']);
    expect(read.skipped.map((file) => file.fileName)).toEqual(['news/article-number-1.md']);
    expect(inEnglish(read.skipped[0]?.reason ?? '')).toMatch(/could not be read as an article/);
  });

  it('reads a file another profile wrote without its image, and refuses an asset whose bytes are not its name', async () => {
    const { files } = await mirrored();
    const tampered = files.map((file) =>
      file.path.startsWith('assets/') ? { ...file, bytes: sample('pixel.png') } : file,
    );
    const folder = folderOf(tampered);
    const read = await readFolderArticles(folder.markdown, folder.lookup);
    expect(read.articles).toHaveLength(1);
    expect(read.articles[0]?.images).toEqual([]);
  });
});
