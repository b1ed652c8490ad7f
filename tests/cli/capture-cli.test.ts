import { spawnSync } from 'node:child_process';
import { inEnglish } from '../harness/locale-messages';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { captureFile, decodeHtml, outputName, parseCaptureArgs } from '../../cli/capture-cli.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const REGISTER = join(ROOT, 'tests/capture/fixtures/register-analysis/source.html');
const NOT_ARTICLE = join(ROOT, 'tests/capture/fixtures/not-an-article/source.html');

function runCli(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'cli/capture-cli.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('parseCaptureArgs', () => {
  it.each([
    [['a.html'], { files: ['a.html'], url: null, outDir: null, wholePage: false }],
    [
      ['a.html', '--url', 'https://x.org/a'],
      { files: ['a.html'], url: 'https://x.org/a', outDir: null, wholePage: false },
    ],
    [
      ['a.html', 'b.htm', '--out', 'md', '--whole-page'],
      { files: ['a.html', 'b.htm'], url: null, outDir: 'md', wholePage: true },
    ],
  ])('reads %j', (argv, expected) => {
    expect(parseCaptureArgs(argv)).toEqual(expected);
  });

  it.each([
    [[], /at least one HTML file/],
    [['a.html', '--url'], /--url needs a value/],
    [['a.html', '--url', 'not a url'], /not an absolute URL/],
    [['a.html', 'b.html', '--url', 'https://x.org/'], /one file/],
    [['a.html', 'b.html'], /--out DIR/],
    [['a.html', '--frobnicate'], /Unknown option --frobnicate/],
    [['a.html', '--url', 'javascript:alert(1)'], /--url must be an http or https address/],
    [['a.html', '--url', ' data:text/html,<p>x'], /--url must be an http or https address/],
  ])('rejects %j with a message', (argv, message) => {
    expect(() => parseCaptureArgs(argv)).toThrow(message);
  });
});

describe('outputName', () => {
  it('drops the .html extension and numbers clashes', () => {
    const taken = new Set<string>();
    expect(outputName('/a/story.html', taken)).toBe('story.md');
    expect(outputName('/b/Story.HTML', taken)).toBe('Story-2.md');
    expect(outputName('/c/notes.xhtml', taken)).toBe('notes.md');
  });
});

describe('decodeHtml', () => {
  it('honours a meta charset', () => {
    const bytes = Buffer.concat([
      Buffer.from('<meta charset="windows-1252"><p>caf'),
      Buffer.from([0xe9]),
      Buffer.from('</p>'),
    ]);
    expect(decodeHtml(bytes)).toContain('café');
  });

  it('reads a page that declares utf-16 as UTF-8, as browsers do', () => {
    expect(decodeHtml(Buffer.from('<meta charset="utf-16"><p>café</p>', 'utf8'))).toContain('café');
  });

  it('reads UTF-16 that starts with a byte order mark', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<p>café</p>', 'utf16le')]);
    expect(decodeHtml(bytes)).toContain('<p>café</p>');
  });
});

describe('captureFile', () => {
  const write = (name: string, content: string | Buffer): string => {
    const file = join(mkdtempSync(join(tmpdir(), 'capture-file-')), name);
    writeFileSync(file, content);
    return file;
  };
  const args = { url: null, wholePage: false };

  it('says an empty file is empty', () => {
    const result = captureFile(write('empty.html', ''), args);
    expect(result.ok ? '' : inEnglish(result.message)).toBe(
      'This page is empty: there is no text on it to save.',
    );
  });

  it('writes MathML without TeX as TeX, as the extension does with its converter', () => {
    const result = captureFile(join(ROOT, 'tests/e2e/fixtures/mathjax3-article/source.html'), args);
    const markdown = result.ok ? result.article.markdown : '';
    expect(markdown).toContain('can be written as $a x^{2} + b x + c = 0$, with $a \\neq 0$.');
    expect(markdown).not.toContain('MathML:');
  });

  it('says a binary or plain-text file is not an HTML page', () => {
    const png = Buffer.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
    ]);
    for (const file of [
      write('image.html', png),
      write('notes.html', 'Just some notes.\nNo markup at all.\n'),
    ]) {
      const result = captureFile(file, args);
      expect(result).toMatchObject({ ok: false, reason: 'unsupported' });
      expect(result.ok ? '' : inEnglish(result.message)).toMatch(/^This file is not an HTML page/);
    }
  });
});

describe('capture command', () => {
  it('prints one page as a Markdown document with its front matter', () => {
    const { status, stdout, stderr } = runCli([REGISTER]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toMatch(/^---\ntitle: Datacenter cooling turns to the sea as power bills climb\n/);
    expect(stdout).toContain('> The fish do not seem to mind, and the finance department loves it');
    expect(stdout).not.toContain('Sign in / up');
  });

  it('writes good pages, names the failing one with its reason, and exits non-zero', () => {
    const dir = mkdtempSync(join(tmpdir(), 'capture-cli-'));
    const input = join(dir, 'in');
    const out = join(dir, 'out');
    spawnSync('mkdir', [input]);
    copyFileSync(REGISTER, join(input, 'register.html'));
    copyFileSync(NOT_ARTICLE, join(input, 'home.html'));
    const { status, stderr } = runCli([
      join(input, 'register.html'),
      join(input, 'home.html'),
      join(input, 'missing.html'),
      '--out',
      out,
    ]);
    expect(status).toBe(1);
    expect(readdirSync(out)).toEqual(['register.md']);
    expect(readFileSync(join(out, 'register.md'), 'utf8')).toContain(
      'source: https://www.theregister.com/2025/09/27/',
    );
    expect(stderr).toContain('home.html: This page does not look like an article.');
    expect(stderr).toContain('missing.html: no such file');
    expect(stderr).toContain('1 of 3 pages captured.');
  });

  it('uses the file URL as the source when the page names no address', () => {
    const dir = mkdtempSync(join(tmpdir(), 'capture-cli-'));
    const page = readFileSync(REGISTER, 'utf8')
      .replace(/<link rel="canonical"[^>]*>/, '')
      .replace(/<meta property="og:url"[^>]*>/, '');
    writeFileSync(join(dir, 'saved page.html'), page);
    const { status, stdout } = runCli([join(dir, 'saved page.html')]);
    expect(status).toBe(0);
    expect(stdout).toContain(`source: file://${dir}/saved%20page.html`);
  });
});
