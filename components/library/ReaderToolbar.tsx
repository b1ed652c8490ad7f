import type { ArticleStatus } from '../../lib/article';
import { useTranslator } from '../shared/use-translator';

export interface ReaderToolbarProps {
  status: ArticleStatus;
  previousTitle: string | null;
  nextTitle: string | null;
  settingsOpen: boolean;
  onPrevious: () => void;
  onNext: () => void;
  onArchive: (archive: boolean) => void;
  onMarkRead: (read: boolean) => void;
  onToggleSettings: () => void;
  onShortcuts: () => void;
}

/** The reading view's actions: previous and next in the list, archive, read state, settings, shortcuts. */
export function ReaderToolbar(props: ReaderToolbarProps) {
  const { t } = useTranslator();
  const { status, previousTitle, nextTitle } = props;
  const archived = status === 'archived';
  return (
    <div class="reader-toolbar" role="toolbar" aria-label={t('reading.toolbar')}>
      <button
        type="button"
        disabled={previousTitle === null}
        title={previousTitle === null ? undefined : t('reading.previousTitle', previousTitle)}
        onClick={props.onPrevious}
      >
        {t('reading.previous')}
      </button>
      <button
        type="button"
        disabled={nextTitle === null}
        title={nextTitle === null ? undefined : t('reading.nextTitle', nextTitle)}
        onClick={props.onNext}
      >
        {t('reading.next')}
      </button>
      <span class="reader-toolbar-gap" />
      <button type="button" class="reader-archive" onClick={() => props.onArchive(!archived)}>
        {t(archived ? 'reading.unarchive' : 'reading.archive')}
      </button>
      {!archived && (
        <button type="button" class="reader-mark" onClick={() => props.onMarkRead(status !== 'read')}>
          {t(status === 'read' ? 'reading.markUnread' : 'reading.markRead')}
        </button>
      )}
      <button
        type="button"
        class="reader-settings-toggle"
        aria-expanded={props.settingsOpen}
        aria-label={t('reading.settings')}
        title={t('reading.settings')}
        onClick={props.onToggleSettings}
      >
        Aa
      </button>
      <button
        type="button"
        aria-label={t('reading.shortcuts')}
        title={t('reading.shortcuts')}
        onClick={props.onShortcuts}
      >
        ?
      </button>
    </div>
  );
}
