import type { StatusView } from '../../lib/reading-state/reading-state';
import { STATUS_VIEWS, STATUS_VIEW_LABEL_KEYS } from '../../lib/reading-state/reading-state';
import { useTranslator } from './use-translator';

export interface StatusFilterProps {
  value: StatusView;
  /** How many articles each view holds; left out where they are not known. */
  counts?: Readonly<Record<StatusView, number>>;
  onChange: (view: StatusView) => void;
}

/**
 * Unread, read, archived or all: which articles a list shows. One radio group, one Tab stop (the
 * chosen view); the arrow keys move the choice, as in any radio group. Plain Preact: the library
 * wraps it in `memo` (not rendered again at each search); the popup, whose first render it is part
 * of, does without preact/compat, whose hooks would touch every element the popup builds.
 */
export function StatusFilter({ value, counts, onChange }: StatusFilterProps) {
  const { t, number } = useTranslator();
  const step = (e: KeyboardEvent, delta: number) => {
    e.preventDefault();
    e.stopPropagation();
    const at = STATUS_VIEWS.indexOf(value);
    const view = STATUS_VIEWS[(at + delta + STATUS_VIEWS.length) % STATUS_VIEWS.length] ?? value;
    onChange(view);
    const group = (e.currentTarget as HTMLElement).closest('[role=radiogroup]');
    group?.querySelector<HTMLElement>(`[data-status=${view}]`)?.focus();
  };
  return (
    <div class="status-filter" role="radiogroup" aria-label={t('reading.statusFilter')}>
      {STATUS_VIEWS.map((view) => (
        <button
          key={view}
          type="button"
          role="radio"
          data-status={view}
          aria-checked={view === value}
          tabIndex={view === value ? 0 : -1}
          onClick={() => onChange(view)}
          onKeyDown={(e) => {
            // Right-to-left pages move the other way, as their radio groups do.
            const rtl = getComputedStyle(e.currentTarget).direction === 'rtl';
            if (e.key === 'ArrowRight' || e.key === 'ArrowDown')
              step(e, rtl && e.key === 'ArrowRight' ? -1 : 1);
            else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp')
              step(e, rtl && e.key === 'ArrowLeft' ? 1 : -1);
          }}
        >
          {t(STATUS_VIEW_LABEL_KEYS[view])}
          {counts && (
            <>
              {' '}
              <span class="count">{number(counts[view])}</span>
            </>
          )}
        </button>
      ))}
    </div>
  );
}
