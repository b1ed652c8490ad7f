import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { CAPTURE_LIMITS } from '../articles/article-limits';
import { fitArticle } from '../articles/fit-article';
import { saveArticle } from './store/save-article';
import { readSettings } from './settings-store';
import type { MarkdownStyle } from '../markdown/markdown-style';
import { getDatabase, type CleanCaptureDb } from './store/db';
import { explainInjectionError, explainStorageError, failed, withTimeout } from '../messaging/capture-errors';
import { describeRestrictedPage } from '../capture/describe-restricted-page';
import { message } from '../i18n/message';
import {
  EXTRACT_OPTIONS_KEY,
  ExtractResultSchema,
  type CaptureOutcome,
  type ExtractOptions,
} from '../messaging/messages';

/** The tab fields a capture needs; both `tabs.Tab` and a command's tab fit. */
export interface TabToCapture {
  id?: number;
  url?: string;
}

export interface CaptureOptions {
  replace: boolean;
  wholePage: boolean;
  /** Save only the page's selected text, as an excerpt. */
  selection?: boolean;
  /** How long the page may take to be read; default {@link EXTRACT_TIMEOUT_MS}. */
  timeoutMs?: number;
  /** How to write the Markdown; the style in the settings without it. */
  markdownStyle?: MarkdownStyle;
}

/**
 * A page still being read after this long is given up on, so the popup never says "Saving…" for
 * ever. The page's own limits (element count, text size) keep real extractions well inside it.
 */
export const EXTRACT_TIMEOUT_MS = 60_000;

/**
 * Captures one tab: refuses pages browsers keep from extensions, injects the extract script into
 * the page's isolated world (Readability needs a DOM, which the worker lacks), checks the article's
 * shape and that it is still the page the user asked for, and stores it. Every failure comes back
 * as an outcome with a readable message, and leaves the store as it was.
 */
export async function captureTab(
  tab: TabToCapture | undefined,
  options: CaptureOptions,
  db: CleanCaptureDb = getDatabase(),
): Promise<CaptureOutcome> {
  if (tab?.id === undefined) return failed('no-tab', message('capture.noTab'));
  const fileAccess = tab.url?.startsWith('file:')
    ? await browser.extension.isAllowedFileSchemeAccess()
    : true;
  const restricted = describeRestrictedPage(tab.url, fileAccess);
  if (restricted) return failed('restricted', restricted);

  let raw: unknown;
  try {
    // Read at each capture, so a style changed in the settings applies to the next one.
    const markdownStyle = options.markdownStyle ?? (await readSettings()).markdownStyle;
    const extraction = runExtractScript(tab.id, {
      wholePage: options.wholePage,
      selection: options.selection ?? false,
      markdownStyle,
    });
    raw = await withTimeout(extraction, options.timeoutMs ?? EXTRACT_TIMEOUT_MS);
  } catch (error) {
    return explainInjectionError(error, tab.url);
  }
  const parsed = v.safeParse(ExtractResultSchema, raw);
  if (!parsed.success) {
    return failed('invalid-article', message('capture.invalidArticle', v.summarize(parsed.issues)));
  }
  const result = parsed.output;
  if (!result.ok) {
    return failed(result.reason, result.message, result.reason === 'not-an-article' && !options.wholePage);
  }
  // The user asked for the page they were looking at; one the tab moved on to is not stored in its place.
  if (tab.url !== undefined && !samePage(tab.url, result.article.sourceUrl)) {
    return failed('page-changed', message('capture.wentElsewhere'));
  }
  // Stored only within the capture limits, so that an export of it can always be imported again.
  const fitted = fitArticle(result.article, CAPTURE_LIMITS);
  if (!fitted.ok) {
    return fitted.reason === 'too-large'
      ? failed('too-large', fitted.message)
      : failed('invalid-article', message('capture.invalidArticle', fitted.message));
  }
  const { article, notes } = fitted;
  try {
    const saved = await saveArticle(db, article, { replace: options.replace });
    if (saved.status === 'other-site') {
      return failed('other-site', message('capture.otherSiteClaim', saved.title));
    }
    if (saved.status === 'duplicate') return saved;
    const outcome: CaptureOutcome = {
      status: 'saved',
      id: saved.id,
      title: article.title,
      replaced: saved.replaced,
      ...(article.selection ? { excerpt: true } : {}),
    };
    return notes.length > 0 ? { ...outcome, notes } : outcome;
  } catch (error) {
    return explainStorageError(error);
  }
}

async function runExtractScript(tabId: number, options: ExtractOptions): Promise<unknown> {
  // Two injections into the same isolated world: the first leaves the options where the extract
  // script looks for them, since `files` injections take no arguments. Both run at once rather than
  // at document_idle, which a page that never finishes loading never reaches; the extract script
  // itself refuses a document still being parsed.
  const [set] = await browser.scripting.executeScript({
    target: { tabId },
    injectImmediately: true,
    func: (key: string, value: ExtractOptions) => {
      Reflect.set(globalThis, key, value);
    },
    args: [EXTRACT_OPTIONS_KEY, options],
  });
  // Chrome names the document the first script ran in. Aiming the second at it means a tab that
  // navigated in between fails cleanly instead of being read without its options. Firefox gives none.
  const documentId = set?.documentId;
  const target = documentId ? { tabId, documentIds: [documentId] } : { tabId };
  const extract = async () => {
    const [result] = await browser.scripting.executeScript({
      target,
      injectImmediately: true,
      files: ['/extract.js'],
    });
    return result?.result;
  };
  const first = await extract();
  if (!needsMathmlConverter(first)) return first;
  // MathML without TeX (every MathJax 3 page): the converter, too large to inject into every page,
  // joins the same isolated world, and the page is read again with it.
  await browser.scripting.executeScript({ target, injectImmediately: true, files: ['/mathml-to-latex.js'] });
  return extract();
}

function needsMathmlConverter(result: unknown): boolean {
  const parsed = v.safeParse(ExtractResultSchema, result);
  return parsed.success && parsed.output.ok && parsed.output.unconvertedMathml === true;
}

/** The same page, whatever its fragment says. */
function samePage(a: string, b: string): boolean {
  try {
    const [x, y] = [new URL(a), new URL(b)];
    x.hash = '';
    y.hash = '';
    return x.href === y.href;
  } catch {
    return false;
  }
}
