import { describe, expect, it } from 'vitest';
import { describeBatch, summariseBatch, type BatchTab } from '../../lib/batch/summarise-batch';
import type { QueueResult } from '../../lib/batch/run-queue';
import type { CaptureOutcome } from '../../lib/messaging/messages';
import { message, type Message } from '../../lib/i18n/message';
import { inEnglish, translatorFor } from '../harness/locale-messages';
import { say } from '../../lib/i18n/message';

const tab = (n: number): BatchTab => ({ title: `Tab ${n}`, url: `https://site.example/${n}` });
const done = (n: number, value: CaptureOutcome): QueueResult<BatchTab, CaptureOutcome> => ({
  item: tab(n),
  status: 'done',
  value,
});
const failure = (problem: 'not-an-article' | 'restricted', said: Message): CaptureOutcome => ({
  status: 'failed',
  problem,
  message: said,
  canSaveWholePage: problem === 'not-an-article',
});

describe('summariseBatch', () => {
  it('counts saved, already saved and not-article tabs, and lists each failure with its reason', () => {
    const summary = summariseBatch([
      done(1, { status: 'saved', id: 1, title: 'A', replaced: false }),
      done(2, { status: 'saved', id: 2, title: 'B', replaced: false }),
      done(3, { status: 'duplicate', id: 9, title: 'C' }),
      done(4, failure('not-an-article', message('capture.notAnArticle'))),
      done(5, failure('restricted', message('capture.browserPage'))),
      { item: tab(6), status: 'failed', error: 'No tab with id 6.' },
      { item: tab(7), status: 'cancelled' },
    ]);
    expect(summary).toEqual({
      saved: 2,
      alreadySaved: 1,
      notArticles: 1,
      failed: [
        { tab: tab(5), reason: message('capture.browserPage') },
        { tab: tab(6), reason: 'No tab with id 6.' },
      ],
      notStarted: 1,
    });
    expect(inEnglish(describeBatch(summary))).toBe(
      'Tabs: 2 saved, 1 already saved, 1 not an article, 2 failed, 1 not started (cancelled).',
    );
  });

  it('says every count, zero included, when nothing was cancelled', () => {
    expect(inEnglish(describeBatch(summariseBatch([])))).toBe(
      'Tabs: 0 saved, 0 already saved, 0 not articles, 0 failed.',
    );
  });

  it('says the counts in Polish, joined the Polish way', () => {
    const summary = { saved: 2, alreadySaved: 5, notArticles: 1, failed: [], notStarted: 0 };
    expect(say(translatorFor('pl'), describeBatch(summary))).toBe(
      'Karty: zapisane: 2, już zapisane: 5, nie artykuły: 1 i nieudane: 0.',
    );
  });
});
