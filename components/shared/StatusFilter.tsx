import type { StatusView } from '../../lib/reading-state/reading-state';
import { STATUS_VIEWS } from '../../lib/reading-state/reading-state';
import { useTranslator } from './use-translator';

export interface StatusFilterProps {
  value: StatusView;
  /** How many articles each view holds; left out where they are not known. */
  counts?: Readonly<Record<StatusView, number>>;
  onChange: (view: StatusView) => void;
}

const LABEL_KEYS: Record<StatusView, string> = {
  unread: 'reading.status.unread',
  read: 'reading.status.read',
  archived: 'reading.status.archived',
  all: 'reading.status.all',
};

/** Unread, read, archived or all: which articles a list shows, as a row of toggle buttons. */
export function StatusFilter({ value, counts, onChange }: StatusFilterProps) {
  const { t } = useTranslator();
  return (
    <div class="status-filter" role="group" aria-label={t('reading.statusFilter')}>
      {STATUS_VIEWS.map((view) => (
        <button
          key={view}
          type="button"
          data-status={view}
          aria-pressed={view === value}
          onClick={() => onChange(view)}
        >
          {t(LABEL_KEYS[view])}
          {counts && <span class="count">{counts[view]}</span>}
        </button>
      ))}
    </div>
  );
}
