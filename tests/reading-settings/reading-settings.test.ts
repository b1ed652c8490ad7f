import { describe, expect, it } from 'vitest';
import {
  DEFAULT_READING_SETTINGS,
  readingStyle,
  readReadingSettings,
} from '../../lib/reading-settings/reading-settings';

describe('readReadingSettings', () => {
  it('gives the defaults, following the system theme, for nothing stored or damaged storage', () => {
    for (const stored of [undefined, null, 'serif', [], {}]) {
      expect(readReadingSettings(stored)).toEqual(DEFAULT_READING_SETTINGS);
    }
    expect(DEFAULT_READING_SETTINGS.theme).toBe('system');
  });

  it('reads its own defaults back unchanged, as they are stored', () => {
    expect(readReadingSettings({ ...DEFAULT_READING_SETTINGS })).toEqual(DEFAULT_READING_SETTINGS);
  });

  it('keeps valid fields and replaces each bad one with its default alone', () => {
    expect(
      readReadingSettings({ font: 'hyperlegible', size: 'big', width: 60, lineHeight: 1.8, theme: 'neon' }),
    ).toEqual({
      ...DEFAULT_READING_SETTINGS,
      font: 'hyperlegible',
      width: 60,
      lineHeight: 1.8,
    });
  });

  it('keeps numbers within their range and on their step', () => {
    expect(readReadingSettings({ size: 99, width: 3, lineHeight: 1.73 })).toMatchObject({
      size: 28,
      width: 40,
      lineHeight: 1.7,
    });
    expect(readReadingSettings({ size: Number.NaN }).size).toBe(DEFAULT_READING_SETTINGS.size);
  });
});

describe('readingStyle', () => {
  it('gives the stylesheet the chosen font, size, width and line height', () => {
    expect(
      readingStyle({ font: 'hyperlegible', size: 22, width: 55, lineHeight: 1.9, theme: 'sepia' }),
    ).toEqual({
      '--reader-font': expect.stringMatching(/^"Atkinson Hyperlegible"/),
      '--reader-size': '22px',
      '--reader-width': '605px',
      '--reader-line-height': '1.9',
    });
  });
});
