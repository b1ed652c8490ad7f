import { describe, expect, it } from 'vitest';
import { say } from '../../lib/i18n/message';
import { checkFrontMatterOptions } from '../../lib/templates/front-matter-options';
import { inEnglish, translatorFor } from '../harness/locale-messages';
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
    const preview = previewExport(article, { ...DEFAULT_TEMPLATE_SETTINGS, fileName: '{title' });
    expect(preview.ok).toBe(false);
    expect(preview.ok ? '' : inEnglish(preview.message)).toMatch(/never closed/);
  });

  it('says it in the reader’s language', () => {
    const polish = translatorFor('pl');
    const preview = previewExport(article, { ...DEFAULT_TEMPLATE_SETTINGS, fileName: '{title' });
    expect(preview.ok ? '' : say(polish, preview.message)).toBe(
      'Szablon nazwy pliku ma w "{title" znak "{", który nigdy nie zostaje zamknięty.',
    );
    const renamed = { ...DEFAULT_TEMPLATE_SETTINGS.frontMatter, rename: { site: 'website' } };
    const refusal = checkFrontMatterOptions(renamed);
    expect(refusal && say(polish, refusal)).toBe(
      'Pole front matter "site" nie może nazywać się "website": użyj "site_name" lub "publisher".',
    );
  });
});
