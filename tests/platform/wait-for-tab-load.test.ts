import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import { waitForTabLoad } from '../../lib/platform/wait-for-tab-load';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

describe('waitForTabLoad', () => {
  it('finds the tab loaded even when the browser never says so by an event', async () => {
    vi.useFakeTimers();
    let status = 'loading';
    vi.spyOn(fakeBrowser.tabs, 'get').mockImplementation(
      async () => ({ id: 7, status, url: 'https://news.example/story' }) as Browser.tabs.Tab,
    );
    const loaded = waitForTabLoad(7, 45_000);
    await vi.advanceTimersByTimeAsync(600);
    status = 'complete';
    await vi.advanceTimersByTimeAsync(2_000);
    await expect(loaded).resolves.toMatchObject({ id: 7, status: 'complete' });
  });

  it('gives up after the time allowed when the tab never loads', async () => {
    vi.useFakeTimers();
    vi.spyOn(fakeBrowser.tabs, 'get').mockImplementation(
      async () => ({ id: 7, status: 'loading', url: 'https://news.example/story' }) as Browser.tabs.Tab,
    );
    const loaded = waitForTabLoad(7, 5_000);
    await vi.advanceTimersByTimeAsync(5_100);
    await expect(loaded).resolves.toBeNull();
  });
});
