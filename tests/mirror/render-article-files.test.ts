import { unzipSync } from 'fflate';
import { inEnglish } from '../harness/locale-messages';
import { describe, expect, it } from 'vitest';
import { buildExportZip } from '../../lib/export/build-export-zip';
import { mirrorPaths } from '../../lib/mirror/mirror-paths';
import { renderArticleFiles, type MirrorSidecar } from '../../lib/mirror/render-article-files';
import { parseFileNameTemplate } from '../../lib/templates/file-name-template';
import { DEFAULT_TEMPLATE_SETTINGS, type TemplateSettings } from '../../lib/templates/template-settings';
import { makeStoredArticle } from '../articles/article-factory';
import { joinChunks } from '../export/join-chunks';
import { must } from '../harness/must';
import { sample } from '../images/image-bytes';
import { memoryImageSource } from './memory-image-source';

const PHOTO = 'https://cdn.example/photo.jpg';
const CHART = 'https://example.com/chart.webp';

// Newest first, as the library lists them; the two share a title, so one is numbered.
const articles = [
  makeStoredArticle({
    id: 2,
    title: 'Tidal mill',
    markdown: `Text.\n\n![Photo](${PHOTO})\n\n![Chart](${CHART})`,
  }),
  makeStoredArticle({
    id: 1,
    title: 'Tidal mill',
    tags: ['energy', 'harbour'],
    markdown: `![Same photo](${PHOTO})`,
  }),
];
const images = () =>
  memoryImageSource({
    2: { [PHOTO]: sample('photo-400.jpg'), [CHART]: sample('chart.webp') },
    1: { [PHOTO]: sample('photo-400.jpg') },
  });

/** Every file of the folder as renderArticleFiles would write it, by path. */
async function folderFiles(templates: TemplateSettings): Promise<Map<string, Uint8Array>> {
  const template = parseFileNameTemplate(templates.fileName);
  if (!template.ok) throw new Error(inEnglish(template.message));
  const paths = await mirrorPaths(articles, template.template);
  const source = await images();
  const files = new Map<string, Uint8Array>();
  for (const article of articles) {
    const rendered = await renderArticleFiles(article, must(paths.get(article.id)), templates, source);
    files.set(rendered.markdown.path, rendered.markdown.bytes);
    for (const asset of rendered.assets) files.set(asset.path, asset.bytes);
  }
  return files;
}

async function exportedFiles(templates: TemplateSettings): Promise<Map<string, Uint8Array>> {
  const chunks = await buildExportZip(articles, {
    total: articles.length,
    templates,
    images: await images(),
  });
  const files = unzipSync(joinChunks(chunks));
  delete files['index.md'];
  delete files['manifest.json'];
  return new Map(Object.entries(files));
}

describe('renderArticleFiles', () => {
  it.each([
    ['the default template', DEFAULT_TEMPLATE_SETTINGS],
    [
      'a template with folders and renamed front matter',
      {
        ...DEFAULT_TEMPLATE_SETTINGS,
        fileName: '{yyyy}/{mm}/{title}',
        frontMatter: {
          omit: ['excerpt'],
          rename: { source: 'url' },
          constants: { type: 'article' },
          defaultTags: ['inbox'],
        },
      } satisfies TemplateSettings,
    ],
  ])('gives the very files an export of the library writes, with %s', async (_, templates) => {
    const folder = await folderFiles(templates);
    const zip = await exportedFiles(templates);
    expect([...folder.keys()].sort()).toEqual([...zip.keys()].sort());
    expect(folder.size).toBe(4);
    for (const [path, bytes] of zip) expect(folder.get(path), path).toEqual(bytes);
  });

  it('writes a sidecar with the image addresses an import needs to restore the links', async () => {
    const rendered = await renderArticleFiles(
      must(articles[0]),
      '2026/tidal-mill.md',
      DEFAULT_TEMPLATE_SETTINGS,
      await images(),
    );
    expect(new TextDecoder().decode(rendered.markdown.bytes)).toContain('](../assets/');
    expect(rendered.sidecar.path).toBe('.clean-capture/2026/tidal-mill.md.json');
    const sidecar = JSON.parse(new TextDecoder().decode(rendered.sidecar.bytes)) as MirrorSidecar;
    expect(sidecar.images.map((image) => image.src)).toEqual([PHOTO, CHART]);
    expect(sidecar.sha256).toBe(rendered.sha256);
    expect(sidecar.canonicalUrl).toBe(articles[0]?.canonicalUrl);
  });

  it('keeps image links remote and writes no assets without an image source', async () => {
    const rendered = await renderArticleFiles(must(articles[0]), 'tidal-mill.md', DEFAULT_TEMPLATE_SETTINGS);
    expect(rendered.assets).toEqual([]);
    expect(new TextDecoder().decode(rendered.markdown.bytes)).toContain(`](${PHOTO})`);
  });
});
