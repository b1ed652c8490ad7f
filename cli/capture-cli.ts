/**
 * Command line capture: `npm run capture -- page.html [more.html …] [--url URL] [--out DIR] [--whole-page]`.
 * Parses saved pages with linkedom and writes the same Markdown documents the extension saves.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CaptureResult } from '../lib/article.ts';
import { capturePage } from '../lib/capture/capture-page.ts';
import { createMathmlConverter } from '../lib/capture/convert-mathml.ts';
import { toMarkdownDocument } from '../lib/markdown/markdown-document.ts';
import { parsePage } from './parse-page.ts';
import { message, say } from '../lib/i18n/message.ts';
import { localeTranslator } from './locale-translator.ts';

/** The command line speaks English, from the same messages as the extension. */
const ENGLISH = localeTranslator('en');
import { MathMLToLaTeX } from 'mathml-to-latex';

export interface CaptureArgs {
  files: string[];
  url: string | null;
  outDir: string | null;
  wholePage: boolean;
}

export const USAGE =
  'Usage: npm run capture -- page.html [more.html …] [--url URL] [--out DIR] [--whole-page]';

/** Reads the arguments; throws an Error with a message for the user when they make no sense. */
export function parseCaptureArgs(argv: readonly string[]): CaptureArgs {
  const args: CaptureArgs = { files: [], url: null, outDir: null, wholePage: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const value = (): string => {
      const next = argv[++i];
      if (next === undefined || next.startsWith('--')) throw new Error(`${arg} needs a value.\n${USAGE}`);
      return next;
    };
    if (arg === '--url') args.url = value();
    else if (arg === '--out') args.outDir = value();
    else if (arg === '--whole-page') args.wholePage = true;
    else if (arg.startsWith('--')) throw new Error(`Unknown option ${arg}.\n${USAGE}`);
    else args.files.push(arg);
  }
  if (args.files.length === 0) throw new Error(`Name at least one HTML file.\n${USAGE}`);
  if (args.url !== null && args.files.length > 1)
    throw new Error('--url names one page: give one file with it.');
  if (args.url !== null && !URL.canParse(args.url))
    throw new Error(`--url ${args.url} is not an absolute URL.`);
  // Parsed, not matched: the URL parser drops the spaces and control characters a pattern would miss.
  if (args.url !== null && !/^https?:$/.test(new URL(args.url).protocol))
    throw new Error(`--url must be an http or https address, not ${args.url}.`);
  if (args.outDir === null && args.files.length > 1)
    throw new Error(`Give --out DIR to capture more than one page.`);
  return args;
}

/** The page's address: --url, else its canonical link, else the file's own file:// URL. */
export function pageUrlFor(doc: Document, file: string, url: string | null): string {
  if (url) return url;
  const canonical = doc.querySelector('link[rel~="canonical" i][href]')?.getAttribute('href') ?? '';
  return /^https?:\/\//i.test(canonical) ? canonical : pathToFileURL(resolve(file)).href;
}

/**
 * Decodes a saved page as a browser would: a byte order mark first, then a `<meta charset>` near its
 * start (pages are not always UTF-8), where a declared UTF-16 means UTF-8 (the bytes of a page that
 * could declare it in ASCII are not UTF-16).
 */
export function decodeHtml(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const declared = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1] ?? 'utf-8';
  const label = /^utf-?16/i.test(declared) ? 'utf-8' : declared;
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

/** Captures one saved page. */
export function captureFile(
  file: string,
  args: Pick<CaptureArgs, 'url' | 'wholePage'>,
  now = new Date(),
): CaptureResult {
  const bytes = readFileSync(file);
  const problem = notHtml(bytes);
  if (problem) return { ok: false, reason: 'unsupported', message: message('capture.notHtml', problem) };
  const document = parsePage(decodeHtml(bytes));
  // Every check the extension makes, in the same order, so the figures measure what users get.
  return capturePage(document, pageUrlFor(document, file, args.url), {
    now,
    wholePage: args.wholePage,
    convertMathml,
  });
}

// The extension injects the same converter on pages with MathML and no TeX. linkedom has no
// XMLSerializer; its markup of a <math> element is XML once the MathML namespace is declared.
const convertMathml = createMathmlConverter(
  (xml) => MathMLToLaTeX.convert(xml),
  (math) =>
    math.hasAttribute('xmlns')
      ? math.outerHTML
      : math.outerHTML.replace(/^<math\b/i, '<math xmlns="http://www.w3.org/1998/Math/MathML"'),
);

/** Why `bytes` cannot be a web page (binary data, or text without markup), or null. */
function notHtml(bytes: Uint8Array): string | null {
  const start = bytes.subarray(0, 4096);
  const utf16 = (start[0] === 0xff && start[1] === 0xfe) || (start[0] === 0xfe && start[1] === 0xff);
  // NUL and other control bytes do not occur in text (UTF-16's zero bytes aside).
  if (!utf16 && start.some((byte) => byte < 8)) return 'it holds binary data';
  const text = decodeHtml(start);
  if (text.trim() !== '' && !/<[a-z!?/]/i.test(text)) return 'it holds text without any markup';
  return null;
}

/** `page.html` → `page.md`, numbered when two inputs share a name. */
export function outputName(file: string, taken: Set<string>): string {
  const stem = basename(file).replace(/\.x?html?$/i, '') || 'page';
  let name = `${stem}.md`;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${stem}-${n}.md`;
  taken.add(name.toLowerCase());
  return name;
}

/** Runs the command; returns the exit status. */
export function runCaptureCli(
  argv: readonly string[],
  stdout = process.stdout,
  stderr = process.stderr,
): number {
  let args: CaptureArgs;
  try {
    args = parseCaptureArgs(argv);
  } catch (error) {
    stderr.write(`${(error as Error).message}\n`);
    return 2;
  }
  if (args.outDir) mkdirSync(args.outDir, { recursive: true });
  const taken = new Set<string>();
  let failed = 0;
  for (const file of args.files) {
    try {
      const result = captureFile(file, args);
      if (!result.ok) {
        failed++;
        stderr.write(`${file}: ${say(ENGLISH, result.message)}\n`);
        continue;
      }
      const document = toMarkdownDocument(result.article);
      if (args.outDir) writeFileSync(join(args.outDir, outputName(file, taken)), document);
      else stdout.write(document);
    } catch (error) {
      failed++;
      stderr.write(
        `${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}\n`,
      );
    }
  }
  if (args.files.length > 1)
    stderr.write(`${args.files.length - failed} of ${args.files.length} pages captured.\n`);
  return failed > 0 ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = runCaptureCli(process.argv.slice(2));
}
