import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { CaptureOutcome } from '../../../lib/messaging/messages';

const requestCapture = vi.hoisted(() => vi.fn());
vi.mock('../../../lib/platform/extension-messaging', () => ({ requestCapture }));
const { startEarlyCapture, takeEarlyCapture } = await import('../../../entrypoints/popup/early-capture');

const saved: CaptureOutcome = { status: 'saved', id: 3, title: 'A long read', replaced: false };

afterEach(() => {
  vi.restoreAllMocks();
  requestCapture.mockReset();
  fakeBrowser.reset();
});

describe("the capture the popup's head asks for", () => {
  it('asks for the tab under the popup once, and the popup takes that same capture over', async () => {
    vi.spyOn(fakeBrowser.tabs, 'getCurrent').mockResolvedValue(undefined as never);
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 7 } as never]);
    requestCapture.mockResolvedValue(saved);
    const page = {};
    startEarlyCapture(page);
    const first = takeEarlyCapture(page);
    expect(first).not.toBeNull();
    expect(await first?.requested).toBe(true);
    expect(await first?.outcome).toEqual(saved);
    expect(requestCapture).toHaveBeenCalledTimes(1);
    expect(requestCapture).toHaveBeenCalledWith({ replace: false, wholePage: false, tabId: 7 });
    // Taken once: the popup's code never follows (nor shows) a second capture of its own.
    expect(takeEarlyCapture(page)).toBeNull();
  });

  it('asks for nothing when the popup is shown in a tab, and says so', async () => {
    vi.spyOn(fakeBrowser.tabs, 'getCurrent').mockResolvedValue({ id: 9 } as never);
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 9 } as never]);
    const page = {};
    startEarlyCapture(page);
    const first = takeEarlyCapture(page);
    expect(await first?.requested).toBe(false);
    expect(await first?.outcome).toBeNull();
    expect(requestCapture).not.toHaveBeenCalled();
  });

  it('keeps a failed request for the popup to show, without an unhandled rejection meanwhile', async () => {
    vi.spyOn(fakeBrowser.tabs, 'getCurrent').mockResolvedValue(undefined as never);
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 7 } as never]);
    requestCapture.mockRejectedValue(new Error('Could not establish connection.'));
    const page = {};
    startEarlyCapture(page);
    // The popup's modules take a while to load; the failure waits for them.
    await new Promise((settle) => setTimeout(settle, 10));
    await expect(takeEarlyCapture(page)?.outcome).rejects.toThrow('Could not establish connection.');
  });

  it('is null when the head script did not run', () => {
    expect(takeEarlyCapture({})).toBeNull();
  });
});
