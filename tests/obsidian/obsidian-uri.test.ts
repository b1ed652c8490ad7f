import { describe, expect, it } from 'vitest';
import { inEnglish } from '../harness/locale-messages';
import { checkObsidianVault, MAX_OBSIDIAN_URI_LENGTH, obsidianNewUri } from '../../lib/obsidian/obsidian-uri';

const params = (uri: string) => new URL(uri.replace(/^obsidian:\/\/new/, 'https://x/new')).searchParams;

describe('obsidian://new links', () => {
  it('name the vault and the note, without .md, and carry a short note’s text', () => {
    const { uri, viaClipboard } = obsidianNewUri({
      vault: 'Reading notes',
      path: '2026/tidal-mill.md',
      content: '---\ntitle: A & B + C?\n---\n\n# 50% #1\n',
    });
    expect(viaClipboard).toBe(false);
    expect(uri).toMatch(/^obsidian:\/\/new\?vault=Reading%20notes&file=2026%2Ftidal-mill&content=/);
    const read = params(uri);
    expect(read.get('vault')).toBe('Reading notes');
    expect(read.get('file')).toBe('2026/tidal-mill');
    // A `+` stays a plus: Obsidian does not read it as a space.
    expect(uri).not.toContain('+');
    expect(read.get('content')).toBe('---\ntitle: A & B + C?\n---\n\n# 50% #1\n');
  });

  it('leave the vault out when none is set, so Obsidian uses the one it has open', () => {
    const { uri } = obsidianNewUri({ vault: '  ', path: 'mill.md', content: 'x' });
    expect(uri).toBe('obsidian://new?file=mill&content=x');
  });

  it('send a long note through the clipboard, within the length limit', () => {
    const content = 'é'.repeat(MAX_OBSIDIAN_URI_LENGTH);
    const { uri, viaClipboard } = obsidianNewUri({ vault: 'V', path: 'long.md', content });
    expect(viaClipboard).toBe(true);
    expect(uri).toBe('obsidian://new?vault=V&file=long&clipboard');
  });

  it('count the encoded length: a note short in characters but long once encoded goes by clipboard', () => {
    const content = '漢'.repeat(Math.ceil(MAX_OBSIDIAN_URI_LENGTH / 6));
    expect(obsidianNewUri({ vault: '', path: 'a.md', content }).viaClipboard).toBe(true);
    const fits = obsidianNewUri({ vault: '', path: 'a.md', content: 'a'.repeat(1900) });
    expect(fits.viaClipboard).toBe(false);
    expect(fits.uri.length).toBeLessThanOrEqual(MAX_OBSIDIAN_URI_LENGTH);
  });

  it('check a vault name: text, not too long, no control characters', () => {
    expect(checkObsidianVault('')).toBeNull();
    expect(checkObsidianVault('Réading / notes')).toBeNull();
    expect(inEnglish(checkObsidianVault(3) ?? '')).toMatch(/not text/);
    expect(inEnglish(checkObsidianVault('v'.repeat(201)) ?? '')).toMatch(/longer than 200/);
    expect(inEnglish(checkObsidianVault('a\tb') ?? '')).toMatch(/control character/);
  });
});
