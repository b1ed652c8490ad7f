import type { BatchState } from '../../lib/batch/batch-state';
import { describeBatch } from '../../lib/batch/summarise-batch';
import { say } from '../../lib/i18n/message';
import { SiteAccessRequest } from '../shared/SiteAccessRequest';
import { useTranslator } from '../shared/use-translator';

/** The "Save all tabs" section as the popup shows it. */
export type SaveAllTabsView =
  | { kind: 'offer'; count: number }
  /** The button was pressed: the reason and the button that asks the browser. */
  | { kind: 'asking'; count: number }
  | { kind: 'refused'; count: number }
  | BatchState;

export interface SaveAllTabsProps {
  view: SaveAllTabsView;
  /** The window's tabs now, offered again once a run has finished. */
  count: number;
  onOffer: () => void;
  onAllow: () => void;
  onCancel: () => void;
}

/** Saving every tab of the window: the offer, the permission it needs, progress with Cancel, the summary. */
export function SaveAllTabs({ view, count, onOffer, onAllow, onCancel }: SaveAllTabsProps) {
  const t = useTranslator();
  if (view.kind === 'offer' || view.kind === 'refused') {
    return (
      <section class="batch">
        <button type="button" class="button" onClick={onOffer}>
          {t.plural('popup.saveAllTabs', view.count)}
        </button>
        {view.kind === 'refused' && (
          <p class="batch__refused" role="alert">
            {t.t('popup.tabsRefused')}
          </p>
        )}
      </section>
    );
  }
  if (view.kind === 'asking') {
    return (
      <section class="batch">
        <SiteAccessRequest
          reason={t.plural('popup.tabsReason', view.count)}
          allowLabel={t.plural('popup.allowAndSaveTabs', view.count)}
          onAllow={onAllow}
        />
      </section>
    );
  }
  if (view.kind === 'running') {
    return (
      <section class="batch" role="status" aria-live="polite">
        <p>{t.t(view.cancelling ? 'popup.cancellingTabs' : 'popup.savingTabs', view.done, view.total)}</p>
        <progress max={view.total} value={view.done} />
        {!view.cancelling && (
          <button type="button" class="button" onClick={onCancel}>
            {t.t('popup.cancel')}
          </button>
        )}
      </section>
    );
  }
  const { summary } = view;
  return (
    <section class="batch" role="status" aria-live="polite">
      <p class="batch__summary">{say(t, describeBatch(summary))}</p>
      {summary.failed.length > 0 && (
        <ul class="batch__failures">
          {summary.failed.map(({ tab, reason }, i) => (
            <li key={i}>
              {/* A run that failed as a whole names no tab. */}
              {tab.title && <span class="batch__tab">{tab.title}</span>}
              {tab.title && ': '}
              {say(t, reason)}
            </li>
          ))}
        </ul>
      )}
      <button type="button" class="button" onClick={onOffer}>
        {t.plural('popup.saveAllTabs', count)}
      </button>
    </section>
  );
}
