import { useEffect, useRef } from 'preact/hooks';
import { useTranslator } from '../shared/use-translator';

export interface ShortcutsDialogProps {
  onClose: () => void;
}

/** Every keyboard shortcut of the library and its reading view, as [keys, message key]. */
const SHORTCUTS: ReadonlyArray<readonly [string, string]> = [
  ['j', 'reading.key.down'],
  ['k', 'reading.key.up'],
  ['n', 'reading.key.next'],
  ['p', 'reading.key.previous'],
  ['e', 'reading.key.archive'],
  ['m', 'reading.key.read'],
  ['Esc', 'reading.key.back'],
  ['/', 'reading.key.search'],
  ['↑ ↓', 'reading.key.move'],
  ['Enter', 'reading.key.open'],
  ['x', 'reading.key.select'],
  ['Ctrl+A', 'reading.key.selectAll'],
  ['?', 'reading.key.help'],
];

/** The list of keyboard shortcuts, over the page until closed (Escape, the button or a click outside). */
export function ShortcutsDialog({ onClose }: ShortcutsDialogProps) {
  const { t } = useTranslator();
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => close.current?.focus(), []);
  return (
    <div class="dialog-backdrop" onClick={onClose}>
      <div
        class="shortcuts"
        role="dialog"
        aria-modal="true"
        aria-labelledby="shortcuts-title"
        onClick={(e) => e.stopPropagation()}
      >
        <h2 id="shortcuts-title">{t('reading.shortcuts')}</h2>
        <dl>
          {SHORTCUTS.map(([keys, key]) => (
            <div key={keys}>
              <dt>
                <kbd>{keys}</kbd>
              </dt>
              <dd>{t(key)}</dd>
            </div>
          ))}
        </dl>
        <button type="button" ref={close} onClick={onClose}>
          {t('reading.close')}
        </button>
      </div>
    </div>
  );
}
