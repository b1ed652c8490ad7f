import { writeFile } from 'node:fs/promises';
import type { TargetSession } from './attach-target';

/** The real toolbar popup, driven over CDP (Playwright does not list it among its pages). */
export interface PopupHandle {
  /** Evaluates a JavaScript expression in the popup and returns its JSON value (awaits promises). */
  evaluate<T>(expression: string): Promise<T>;
  /** Waits until the popup's visible text contains `text`; returns that text. */
  waitForText(text: string | RegExp, timeoutMs?: number): Promise<string>;
  /** Clicks the first button whose text contains `label`. */
  clickButton(label: string): Promise<void>;
  /** Types text into the focused element as a keyboard would (CDP Input.insertText). */
  type(text: string): Promise<void>;
  /** Presses one key in the popup, optionally with Shift: `Enter`, `Tab`, `Shift+Tab`, `Space`, `Escape`. */
  press(key: string): Promise<void>;
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
}

/** The keys tests press, as CDP describes them; `text` makes a key press (Enter submits a form). */
const KEYS: Record<string, { key: string; code: string; keyCode: number; text?: string }> = {
  Enter: { key: 'Enter', code: 'Enter', keyCode: 13, text: '\r' },
  Tab: { key: 'Tab', code: 'Tab', keyCode: 9 },
  Space: { key: ' ', code: 'Space', keyCode: 32, text: ' ' },
  Escape: { key: 'Escape', code: 'Escape', keyCode: 27 },
};

/** Wraps a CDP session with the popup's page target. */
export async function createPopupHandle(session: TargetSession): Promise<PopupHandle> {
  await session.send('Runtime.enable');
  const evaluate = async <T>(expression: string): Promise<T> => {
    const reply = await session.send<{ result: { value?: T }; exceptionDetails?: { text: string } }>(
      'Runtime.evaluate',
      { expression, returnByValue: true, awaitPromise: true },
    );
    if (reply.exceptionDetails) throw new Error(`Popup script failed: ${reply.exceptionDetails.text}`);
    return reply.result.value as T;
  };
  return {
    evaluate,
    async waitForText(text, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      let seen = '';
      while (Date.now() < deadline) {
        seen = (await evaluate<string>('document.body ? document.body.innerText : ""').catch(() => '')) ?? '';
        if (typeof text === 'string' ? seen.includes(text) : text.test(seen)) return seen;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error(`Popup never showed ${String(text)}; it showed:\n${seen}`);
    },
    async clickButton(label) {
      const clicked = await evaluate<boolean>(`(() => {
        const button = [...document.querySelectorAll('button')].find((b) => b.textContent.includes(${JSON.stringify(label)}));
        if (!button) return false;
        button.click();
        return true;
      })()`);
      if (!clicked) throw new Error(`The popup has no button "${label}"`);
    },
    async type(text) {
      await session.send('Input.insertText', { text });
    },
    async press(chord) {
      const shift = chord.startsWith('Shift+');
      const name = shift ? chord.slice('Shift+'.length) : chord;
      const key = KEYS[name];
      if (!key) throw new Error(`The popup handle cannot press "${chord}"`);
      const common = {
        key: key.key,
        code: key.code,
        windowsVirtualKeyCode: key.keyCode,
        modifiers: shift ? 8 : 0,
      };
      await session.send('Input.dispatchKeyEvent', { type: 'keyDown', ...common, text: key.text });
      await session.send('Input.dispatchKeyEvent', { type: 'keyUp', ...common });
    },
    async screenshot(path) {
      const { data } = await session.send<{ data: string }>('Page.captureScreenshot', { format: 'png' });
      await writeFile(path, Buffer.from(data, 'base64'));
    },
    async close() {
      await evaluate('window.close()').catch(() => undefined);
      await session.detach();
    },
  };
}
