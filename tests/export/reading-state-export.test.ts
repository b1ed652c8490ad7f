import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { StoredArticle } from '../../lib/article';
import { articleDocument, buildExportZip } from '../../lib/export/build-export-zip';
import type { ExportManifest } from '../../lib/export/export-manifest';
import { readExportZip } from '../../lib/import/read-export-zip';
import { parseMarkdownDocument } from '../../lib/markdown/markdown-document';
import { DEFAULT_TEMPLATE_SETTINGS, type TemplateSettings } from '../../lib/templates/template-settings';
import { makeStoredArticle } from '../articles/article-factory';
import { joinChunks } from './join-chunks';
import { inEnglish } from '../harness/locale-messages';

const NOW = new Date('2026-11-29T10:00:00.000Z');
const unread = makeStoredArticle({ id: 1, title: 'Unread' });
const read = makeStoredArticle({ id: 2, title: 'Read', status: 'read', progress: 1 });
const archived = makeStoredArticle({ id: 3, title: 'Archived', status: 'archived', progress: 0.42 });

const zipOf = async (list: StoredArticle[], templates?: TemplateSettings) =>
  joinChunks(
    await buildExportZip(list, { total: list.length, now: NOW, ...(templates ? { templates } : {}) }),
  );
const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);

describe('reading state in an export', () => {
  it('leaves an unread, unopened article’s file exactly as before reading states', () => {
    const withoutState = ({ status: _s, progress: _p, ...rest }: StoredArticle) => rest;
    expect(articleDocument(unread)).toBe(articleDocument(withoutState(unread) as StoredArticle));
    expect(articleDocument(unread)).not.toMatch(/^(status|progress):/m);
  });

  it('writes status and progress at the end of the front matter, and the body byte for byte', () => {
    const document = articleDocument(archived);
    expect(document).toMatch(/\ntags:\n {2}- reading\nstatus: archived\nprogress: 0.42\n---\n\n/);
    expect(document.endsWith(`\n\n${archived.markdown}\n`)).toBe(true);
    const parsed = parseMarkdownDocument(document);
    expect(parsed.ok && parsed.state).toEqual({ status: 'archived', progress: 0.42 });
  });

  it('lists every article’s state in the manifest, unread ones too', async () => {
    const files = unzipSync(await zipOf([unread, read, archived]));
    const manifest = JSON.parse(text(files['manifest.json'])) as ExportManifest;
    expect(manifest.articles.map(({ title, status, progress }) => ({ title, status, progress }))).toEqual([
      { title: 'Unread', status: 'unread', progress: 0 },
      { title: 'Read', status: 'read', progress: 1 },
      { title: 'Archived', status: 'archived', progress: 0.42 },
    ]);
  });

  it('comes back from the import as it was', async () => {
    const result = await readExportZip(await zipOf([unread, read, archived]));
    if (!result.ok) throw new Error(inEnglish(result.message));
    expect(result.articles.map((a) => a.state)).toEqual([
      { status: 'unread', progress: 0 },
      { status: 'read', progress: 1 },
      { status: 'archived', progress: 0.42 },
    ]);
  });

  it('comes back from the manifest when the export’s options leave it out of the files', async () => {
    const templates: TemplateSettings = {
      ...DEFAULT_TEMPLATE_SETTINGS,
      frontMatter: { ...DEFAULT_TEMPLATE_SETTINGS.frontMatter, omit: ['status', 'progress'] },
    };
    const bytes = await zipOf([archived], templates);
    const files = unzipSync(bytes);
    const file = Object.keys(files).find((name) => name.endsWith('.md') && name !== 'index.md');
    expect(text(files[file ?? ''])).not.toMatch(/status|progress/);
    const result = await readExportZip(bytes);
    if (!result.ok) throw new Error(inEnglish(result.message));
    expect(result.articles[0]?.state).toEqual({ status: 'archived', progress: 0.42 });
  });

  it('leaves aside a status or progress that is not ours, as notes apps write `status: draft`', () => {
    const other = articleDocument(archived)
      .replace('status: archived', 'status: draft')
      .replace('progress: 0.42', 'progress: 3');
    const parsed = parseMarkdownDocument(other);
    expect(parsed.ok && parsed.state).toEqual({});
  });

  it('takes the state from the manifest when a constant field called status fills the files', async () => {
    const templates: TemplateSettings = {
      ...DEFAULT_TEMPLATE_SETTINGS,
      frontMatter: { ...DEFAULT_TEMPLATE_SETTINGS.frontMatter, constants: { status: 'read' } },
    };
    const bytes = await zipOf([unread, archived], templates);
    const files = unzipSync(bytes);
    const file = Object.keys(files).find((name) => name.endsWith('.md') && name !== 'index.md');
    expect(text(files[file ?? ''])).toMatch(/\nstatus: read\n/);
    const result = await readExportZip(bytes);
    if (!result.ok) throw new Error(inEnglish(result.message));
    expect(result.articles.map((a) => a.state)).toEqual([
      { status: 'unread', progress: 0 },
      { status: 'archived', progress: 0.42 },
    ]);
  });
});
