import { describe, expect, it } from 'vitest';
import { buildExportZip } from '../../lib/export/build-export-zip';
import { listZipEntries } from '../../lib/import/list-zip-entries';
import { inflateZipEntry } from '../../lib/import/inflate-zip-entry';
import { articleFile } from '../../lib/templates/article-file';
import { DEFAULT_TEMPLATE_SETTINGS, type TemplateSettings } from '../../lib/templates/template-settings';
import { makeStoredArticle } from '../articles/article-factory';
import { inEnglish } from '../harness/locale-messages';

const article = {
  ...makeStoredArticle({ title: 'Harbour town votes', capturedAt: '2026-03-04T10:00:00.000Z' }),
  tags: ['mills'],
};
const templates: TemplateSettings = {
  ...DEFAULT_TEMPLATE_SETTINGS,
  fileName: '{yyyy}/{title}',
  frontMatter: {
    ...DEFAULT_TEMPLATE_SETTINGS.frontMatter,
    rename: { source: 'url' },
    defaultTags: ['clipped'],
  },
};

describe('one article as a file', () => {
  it('has the path and bytes the export gives it, and a download name without the folders', async () => {
    const file = articleFile(article, templates);
    if (!file.ok) throw new Error(inEnglish(file.message));
    expect(file.path).toBe('2026/harbour-town-votes.md');
    expect(file.name).toBe('harbour-town-votes.md');
    const zip = new Uint8Array(
      await new Blob((await buildExportZip([article], { total: 1, templates })) as BlobPart[]).arrayBuffer(),
    );
    const listing = listZipEntries(zip);
    if (!listing.ok) throw new Error(inEnglish(listing.message));
    const entry = listing.entries.get(file.path);
    if (!entry) throw new Error(`no ${file.path} in ${[...listing.entries.keys()].join(', ')}`);
    expect(new TextDecoder().decode(inflateZipEntry(zip, entry))).toBe(file.document);
    expect(file.document).toMatch(/^url: /m);
    expect(file.document).toMatch(/^ {2}- clipped$/m);
  });

  it('says why, and gives no file, when the templates cannot be used', () => {
    const file = articleFile(article, { ...templates, fileName: '../{title}' });
    expect(file.ok).toBe(false);
    expect(file.ok ? '' : inEnglish(file.message)).toMatch(/"\.\."/);
  });
});
