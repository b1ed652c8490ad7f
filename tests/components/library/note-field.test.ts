import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NOTE_SAVE_AFTER_MS, NoteField } from '../../../components/library/NoteField';
import { preactContainer } from '../../harness/preact-container';

const container = preactContainer();
let saved: string[];

beforeEach(() => {
  vi.useFakeTimers();
  saved = [];
});
afterEach(() => {
  vi.useRealTimers();
});

function field(value = ''): HTMLTextAreaElement {
  // Rendered as the page renders it, its effects run (act runs them before it returns).
  act(() => {
    render(h(NoteField, { label: 'Note', rows: 2, value, onSave: (note) => saved.push(note) }), container());
  });
  return container().querySelector('textarea') as HTMLTextAreaElement;
}

/** The reader types `text` into the field (it has the focus). */
function type(area: HTMLTextAreaElement, text: string): void {
  area.value = text;
  area.dispatchEvent(new window.Event('input', { bubbles: true }));
}

const focus = (area: HTMLTextAreaElement) => area.dispatchEvent(new window.Event('focus'));
const blur = (area: HTMLTextAreaElement) => area.dispatchEvent(new window.Event('blur'));

describe('NoteField', () => {
  it('stores what the reader wrote once they pause, still in the field', async () => {
    const area = field();
    focus(area);
    type(area, 'Ferry');
    await vi.advanceTimersByTimeAsync(NOTE_SAVE_AFTER_MS - 100);
    type(area, 'Ferry on Thursdays');
    await vi.advanceTimersByTimeAsync(NOTE_SAVE_AFTER_MS - 100);
    expect(saved).toEqual([]);
    await vi.advanceTimersByTimeAsync(100);
    expect(saved).toEqual(['Ferry on Thursdays']);
  });

  it('stores at once when the reader leaves the field, and not again after the pause', async () => {
    const area = field('Old');
    focus(area);
    type(area, 'New');
    blur(area);
    expect(saved).toEqual(['New']);
    await vi.advanceTimersByTimeAsync(NOTE_SAVE_AFTER_MS * 2);
    expect(saved).toEqual(['New']);
  });

  it('stores nothing when the text is what was stored', async () => {
    const area = field('Same');
    focus(area);
    type(area, 'Sam');
    type(area, 'Same');
    await vi.advanceTimersByTimeAsync(NOTE_SAVE_AFTER_MS);
    blur(area);
    expect(saved).toEqual([]);
  });

  it('stores the last words when the page is hidden (a tab closed or reloaded) before the pause ends', async () => {
    const area = field();
    focus(area);
    type(area, 'Last words');
    window.dispatchEvent(new window.Event('pagehide'));
    expect(saved).toEqual(['Last words']);
    await vi.advanceTimersByTimeAsync(NOTE_SAVE_AFTER_MS);
    expect(saved).toEqual(['Last words']);
  });

  it('stores the last words when the field goes away before the pause ends', () => {
    const area = field();
    focus(area);
    type(area, 'Closing');
    act(() => render(null, container()));
    expect(saved).toEqual(['Closing']);
  });
});
