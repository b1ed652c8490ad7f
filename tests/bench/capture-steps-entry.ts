/**
 * Bundled by capture-bench.ts and run inside a page in Chromium: the capture the extension runs
 * (capturePage, checks included), timed step by step, and the naive pipeline (copy, Readability,
 * stock Turndown) as the baseline.
 */
import { Readability } from '@mozilla/readability';
import TurndownService from 'turndown';
import type { CaptureStep } from '../../lib/capture/capture-article';
import { capturePage } from '../../lib/capture/capture-page';

export interface StepTimes {
  steps: Partial<Record<CaptureStep, number>>;
  total: number;
  ok: boolean;
  markdownChars: number;
}

function captureSteps(): StepTimes {
  const steps: StepTimes['steps'] = {};
  const start = performance.now();
  let last = start;
  const lap = (step: CaptureStep): void => {
    const now = performance.now();
    steps[step] = now - last;
    last = now;
  };
  const result = capturePage(document, location.href, { onStep: lap });
  return {
    steps,
    total: performance.now() - start,
    ok: result.ok,
    markdownChars: result.ok ? result.article.markdown.length : 0,
  };
}

function naiveCapture(): { total: number; markdownChars: number } {
  const start = performance.now();
  const parsed = new Readability(document.cloneNode(true) as Document).parse();
  const markdown = new TurndownService().turndown(parsed?.content ?? '');
  return { total: performance.now() - start, markdownChars: markdown.length };
}

Object.assign(globalThis, { captureSteps, naiveCapture });
