import { describe, expect, it } from 'vitest';
import { inEnglish } from '../harness/locale-messages';
import { buildExportZip } from '../../lib/export/build-export-zip';
import { DEFAULT_MARKDOWN_STYLE } from '../../lib/markdown/markdown-style';
import { readExportZip } from '../../lib/import/read-export-zip';
import { SETTINGS_VERSION } from '../../lib/settings/migrate-settings';
import { readZipSettings } from '../../lib/settings/read-zip-settings';
import { parseSettingsFile, settingsFileText } from '../../lib/settings/settings-file';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings/settings-schema';
import { DEFAULT_TEMPLATE_SETTINGS } from '../../lib/templates/template-settings';
import { makeStoredArticle } from '../articles/article-factory';

const chosen: Settings = {
  ...DEFAULT_SETTINGS,
  lastShortcutFailure: { message: 'not an article', at: '2026-01-01T00:00:00.000Z' },
  templates: { ...DEFAULT_TEMPLATE_SETTINGS, fileName: '{site}/{title}' },
  markdownStyle: { ...DEFAULT_MARKDOWN_STYLE, bulletListMarker: '*' },
  obsidianVault: 'Reading',
};

const file = (settings: Record<string, unknown>, settingsVersion = SETTINGS_VERSION) =>
  JSON.stringify({ format: 'clean-capture-settings', settingsVersion, settings });

async function zipOf(settingsFile: string | null): Promise<Uint8Array> {
  const chunks = await buildExportZip([makeStoredArticle()], {
    total: 1,
    now: new Date('2026-02-01T00:00:00Z'),
    settingsFile,
  });
  return new Uint8Array(await new Blob(chunks as BlobPart[]).arrayBuffer());
}

describe('settings in an export', () => {
  it('carry how the library is written and named, and not the last failure', () => {
    const text = settingsFileText(chosen);
    expect(text).not.toBeNull();
    expect(text).not.toContain('not an article');
    expect(parseSettingsFile(text ?? '')).toEqual({
      ok: true,
      settings: {
        templates: chosen.templates,
        markdownStyle: chosen.markdownStyle,
        obsidianVault: 'Reading',
        keepImageLinksRemote: false,
      },
    });
  });

  it('are left out when all are defaults, so the zip is byte for byte what it was', async () => {
    expect(settingsFileText(DEFAULT_SETTINGS)).toBeNull();
    expect(await zipOf(settingsFileText(DEFAULT_SETTINGS))).toEqual(await zipOf(null));
  });

  it('travel in settings.json, which the import reads back and does not count as a stray file', async () => {
    const zip = await zipOf(settingsFileText(chosen));
    expect(readZipSettings(zip)).toMatchObject({ kind: 'settings', settings: { obsidianVault: 'Reading' } });
    const read = await readExportZip(zip);
    expect(read.ok && read.ignoredFiles).toEqual([]);
    expect(read.ok && read.articles).toHaveLength(1);
  });

  it('are absent from a zip without settings.json, and from something that is no zip', async () => {
    expect(readZipSettings(await zipOf(null))).toEqual({ kind: 'none' });
    expect(readZipSettings(new TextEncoder().encode('not a zip'))).toEqual({ kind: 'none' });
  });

  it('take only what is there: an older file without a style leaves the style alone', () => {
    expect(parseSettingsFile(file({ obsidianVault: 'Old' }, 3))).toEqual({
      ok: true,
      settings: { obsidianVault: 'Old' },
    });
  });

  it.each([
    ['text that is not JSON', '{"format": "clean', /not valid JSON/],
    ['another program’s JSON', '{"theme": "dark"}', /not a Clean Capture settings file/],
    ['a newer version', file({ obsidianVault: 'x' }, SETTINGS_VERSION + 1), /newer version.*Update/],
    [
      'a bad file name template',
      file({ templates: { ...DEFAULT_TEMPLATE_SETTINGS, fileName: '/{title}' } }),
      /relative path/,
    ],
    [
      'an unknown bullet',
      file({ markdownStyle: { ...DEFAULT_MARKDOWN_STYLE, bulletListMarker: '•' } }),
      /"bulletListMarker"/,
    ],
    ['a vault with a control character', file({ obsidianVault: 'a\u0000b' }), /control character/],
    ['a choice that is not true or false', file({ keepImageLinksRemote: 'yes' }), /true or false/],
    ['no settings at all', file({ theme: 'dark' }), /holds no settings/],
  ])('refuse %s whole, with a message', (_, text, message) => {
    const parsed = parseSettingsFile(text);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? '' : inEnglish(parsed.message)).toMatch(message);
  });

  it('refuse a damaged settings.json in a zip, and still let its articles import', async () => {
    const zip = await zipOf(file({ obsidianVault: 7 }));
    const found = readZipSettings(zip);
    expect(found.kind).toBe('unusable');
    expect(found.kind === 'unusable' && inEnglish(found.message)).toBe(
      'The Obsidian vault name is not text.',
    );
    const read = await readExportZip(zip);
    expect(read.ok && read.articles).toHaveLength(1);
  });
});
