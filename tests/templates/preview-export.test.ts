import { describe, expect, it } from 'vitest';
import { articleDocument } from '../../lib/export/build-export-zip';
import { previewExport } from '../../lib/templates/preview-export';
import { DEFAULT_TEMPLATE_SETTINGS } from '../../lib/templates/template-settings';
import { makeStoredArticle } from '../articles/article-factory';

const article = makeStoredArticle({ id: 7, title: 'Harbour mill', siteName: 'Example Times' });

describe('previewExport', () => {
  it('shows the file the export writes today with the default templates', () => {
    expect(previewExport(article, DEFAULT_TEMPLATE_SETTINGS)).toEqual({
      ok: true,
      fileName: 'harbour-mill.md',
      document: articleDocument(article),
    });
  });

  it('follows a changed template and front matter', () => {
    const preview = previewExport(article, {
      ...DEFAULT_TEMPLATE_SETTINGS,
      fileName: '{site}/{id} {title}',
      frontMatter: { ...DEFAULT_TEMPLATE_SETTINGS.frontMatter, constants: { type: 'article' } },
    });
    expect(preview).toMatchObject({ ok: true, fileName: 'example-times/7-harbour-mill.md' });
    expect(preview.ok && preview.document).toMatch(/^type: article\n---\n/m);
  });

  it('says what is wrong with a bad template instead of showing a name', () => {
    expect(previewExport(article, { ...DEFAULT_TEMPLATE_SETTINGS, fileName: '{title' })).toEqual({
      ok: false,
      message: expect.stringMatching(/never closed/),
    });
  });
});
