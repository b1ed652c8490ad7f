import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  reportShortcutOutcome,
  reportShortcutSaving,
  takeShortcutFailure,
} from '../../lib/platform/shortcut-feedback';
import { fakeBrowserSpeaks } from '../harness/locale-messages';

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
      message: 'Browsers do not let extensions read it.',
      canSaveWholePage: false,
    } as const;
    await reportShortcutOutcome(5, outcome);
    expect(badge[5]).toEqual({
      text: '!',
      color: '#c62828',
      textColor: '#ffffff',
      title: 'Clean Capture: not saved. Browsers do not let extensions read it.',
    });
    expect(await takeShortcutFailure()).toMatchObject({
      message: 'Browsers do not let extensions read it.',
      tabId: 5,
    });
    expect(badge[5]?.text).toBe('');
    expect(await takeShortcutFailure()).toBeNull();
  });

  it('forgets an old failure once a later shortcut capture works', async () => {
    await reportShortcutOutcome(5, {
      status: 'failed',
      problem: 'empty',
      message: 'No text.',
      canSaveWholePage: false,
    });
    await reportShortcutOutcome(6, { status: 'duplicate', id: 2, title: 'Ferry' });
    expect(badge[6]?.title).toContain('already saved as "Ferry"');
    expect(await takeShortcutFailure()).toBeNull();
  });
});
