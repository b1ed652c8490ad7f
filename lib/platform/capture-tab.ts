import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { saveArticle } from './article-store';
import { getDatabase, type CleanCaptureDb } from './db';
import { describeRestrictedPage } from './describe-restricted-page';
import {
  EXTRACT_OPTIONS_KEY,
  ExtractResultSchema,
  type CaptureOutcome,
  type CaptureProblem,
  type ExtractOptions,
} from './messages';

/** The tab fields a capture needs; both `tabs.Tab` and a command's tab fit. */
export interface TabToCapture {
  id?: number;
  url?: string;
}

export interface CaptureOptions {
  replace: boolean;
  wholePage: boolean;
}

function failed(problem: CaptureProblem, message: string, canSaveWholePage = false): CaptureOutcome {
  return { status: 'failed', problem, message, canSaveWholePage };
}

/**
 * Captures one tab: refuses pages browsers keep from extensions, injects the extract script into
 * the page's isolated world (Readability needs a DOM, which the worker lacks), checks the article's
 * shape and stores it. Every failure comes back as an outcome with a readable message.
 */
export async function captureTab(
  tab: TabToCapture | undefined,
  options: CaptureOptions,
  db: CleanCaptureDb = getDatabase(),
): Promise<CaptureOutcome> {
  if (tab?.id === undefined) return failed('no-tab', 'There is no open tab to capture.');
  const fileAccess = tab.url?.startsWith('file:')
    ? await browser.extension.isAllowedFileSchemeAccess()
    : true;
  const restricted = describeRestrictedPage(tab.url, fileAccess);
  if (restricted) return failed('restricted', restricted);

  let raw: unknown;
  try {
    raw = await runExtractScript(tab.id, { wholePage: options.wholePage });
  } catch (error) {
    return explainInjectionError(error);
  }
  const parsed = v.safeParse(ExtractResultSchema, raw);
  if (!parsed.success) {
    return failed(
      'invalid-article',
      `The page gave an article we cannot store (${v.summarize(parsed.issues)}).`,
    );
  }
  const result = parsed.output;
  if (!result.ok) {
    return failed(result.reason, result.message, result.reason === 'not-an-article' && !options.wholePage);
  }
  try {
    const saved = await saveArticle(db, result.article, { replace: options.replace });
    return saved.status === 'duplicate'
      ? saved
      : { status: 'saved', id: saved.id, title: result.article.title, replaced: saved.replaced };
  } catch (error) {
    return failed('storage-failed', `Saving failed, nothing was stored: ${messageOf(error)}`);
  }
}

async function runExtractScript(tabId: number, options: ExtractOptions): Promise<unknown> {
  // Two injections into the same isolated world: the first leaves the options where the extract
  // script looks for them, since `files` injections take no arguments.
  await browser.scripting.executeScript({
    target: { tabId },
    func: (key: string, value: ExtractOptions) => {
      Reflect.set(globalThis, key, value);
    },
    args: [EXTRACT_OPTIONS_KEY, options],
  });
  const [first] = await browser.scripting.executeScript({ target: { tabId }, files: ['/extract.js'] });
  return first?.result;
}

/**
 * Turns a scripting error into a reason. Without a grant (activeTab) the tab's URL is hidden from
 * us, so a browser page is often only recognised by the error Chrome or Firefox gives.
 */
function explainInjectionError(error: unknown): CaptureOutcome {
  const text = messageOf(error);
  if (/chrome:\/\/|edge:\/\/|about:|extensions gallery|webstore|cannot be scripted/i.test(text)) {
    return failed(
      'restricted',
      `This is a browser or store page; browsers do not let extensions read it. (${text})`,
    );
  }
  if (/permission|cannot access/i.test(text)) {
    return failed(
      'restricted',
      `The browser did not let Clean Capture read this page. Use the toolbar button or the shortcut on the page itself. (${text})`,
    );
  }
  return failed('injection-failed', `Clean Capture could not run in this page: ${text}`);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
