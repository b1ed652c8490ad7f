import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  reportShortcutOutcome,
  reportShortcutSaving,
  takeShortcutFailure,
} from '../../lib/platform/shortcut-feedback';
import { fakeBrowserSpeaks, translatorFor } from '../harness/locale-messages';
import { message, say } from '../../lib/i18n/message';

let badge: Record<number, { text?: string; color?: string; textColor?: string; title?: string | null }>;

beforeEach(() => {
  fakeBrowser.reset();
  badge = {};
  const at = (tabId: number | undefined) => (badge[tabId ?? -1] ??= {});
  vi.spyOn(fakeBrowser.action, 'setBadgeText').mockImplementation(async ({ tabId, text }) => {
    at(tabId).text = text ?? '';
  });
  vi.spyOn(fakeBrowser.action, 'setBadgeBackgroundColor').mockImplementation(async ({ tabId, color }) => {
    at(tabId).color = String(color);
  });
  vi.spyOn(fakeBrowser.action, 'setBadgeTextColor').mockImplementation(async ({ tabId, color }) => {
    at(tabId).textColor = String(color);
  });
  fakeBrowserSpeaks('en');
  vi.spyOn(fakeBrowser.action, 'setTitle').mockImplementation(async ({ tabId, title }) => {
    at(tabId).title = title;
  });
});
afterEach(() => vi.restoreAllMocks());

describe('shortcut feedback', () => {
  it('marks the tab being read with a grey ellipsis, which the outcome then replaces', async () => {
    await reportShortcutSaving(5);
    expect(badge[5]).toEqual({ text: '…', color: '#52525b', textColor: '#ffffff' });
    await reportShortcutOutcome(5, { status: 'saved', id: 1, title: 'Tidal mill', replaced: false });
    expect(badge[5]?.text).toBe('✓');
  });

  it('marks a saved page with a green check and names the article', async () => {
    await reportShortcutOutcome(5, { status: 'saved', id: 1, title: 'Tidal mill', replaced: false });
    expect(badge[5]).toEqual({
      text: '✓',
      color: '#1a7f37',
      textColor: '#ffffff',
      title: 'Clean Capture: saved "Tidal mill"',
    });
    expect(await takeShortcutFailure()).toBeNull();
  });

  it('marks a failure in red with the reason, and keeps it once for the popup', async () => {
    const outcome = {
      status: 'failed',
      problem: 'restricted',
      message: message('capture.browserPage'),
      canSaveWholePage: false,
    } as const;
    await reportShortcutOutcome(5, outcome);
    expect(badge[5]).toEqual({
      text: '!',
      color: '#c62828',
      textColor: '#ffffff',
      title:
        'Clean Capture: not saved. This is a browser page (like settings or a new tab); browsers do not let extensions read it.',
    });
    expect(await takeShortcutFailure()).toMatchObject({ message: message('capture.browserPage'), tabId: 5 });
    expect(badge[5]?.text).toBe('');
    expect(await takeShortcutFailure()).toBeNull();
  });

  it('keeps a failure as a message key, so the popup says it in the language it shows later', async () => {
    await reportShortcutOutcome(5, {
      status: 'failed',
      problem: 'timed-out',
      message: message('capture.timedOut', 60),
      canSaveWholePage: false,
    });
    const failure = await takeShortcutFailure();
    expect(say(translatorFor('pl'), failure?.message ?? '')).toBe(
      'Strona była nadal czytana po 60 sekundach, więc nic nie zapisano. Może być bardzo duża lub zajęta; spróbuj ponownie, gdy się uspokoi.',
    );
  });

  it('shows a failure stored as a sentence by an older version as it was written', async () => {
    await fakeBrowser.storage.local.set({
      settings: { lastShortcutFailure: { message: 'The page did not answer.', at: '2026-01-01T00:00:00Z' } },
    });
    expect((await takeShortcutFailure())?.message).toBe('The page did not answer.');
  });

  it('forgets an old failure once a later shortcut capture works', async () => {
    await reportShortcutOutcome(5, {
      status: 'failed',
      problem: 'empty',
      message: message('capture.emptyPage'),
      canSaveWholePage: false,
    });
    await reportShortcutOutcome(6, { status: 'duplicate', id: 2, title: 'Ferry' });
    expect(badge[6]?.title).toContain('already saved as "Ferry"');
    expect(await takeShortcutFailure()).toBeNull();
  });
});
