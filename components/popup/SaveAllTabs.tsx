import type { BatchState } from '../../lib/batch/batch-state';
import { describeBatch } from '../../lib/batch/summarise-batch';
import { SiteAccessRequest } from '../shared/SiteAccessRequest';

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
  if (view.kind === 'offer' || view.kind === 'refused') {
    return (
      <section class="batch">
        <button type="button" class="button" onClick={onOffer}>
          Save all {view.count} tabs
        </button>
        {view.kind === 'refused' && (
          <p class="batch__refused" role="alert">
            Not saved: Clean Capture was not allowed to read the pages in your tabs, so no tab was saved.
          </p>
        )}
      </section>
    );
  }
  if (view.kind === 'asking') {
    return (
      <section class="batch">
        <SiteAccessRequest
          reason={`To save all ${view.count} tabs of this window, including those you are not looking at, Clean Capture needs to read the pages on every site.`}
          allowLabel={`Allow and save ${view.count} tabs`}
          onAllow={onAllow}
        />
      </section>
    );
  }
  if (view.kind === 'running') {
    return (
      <section class="batch" role="status" aria-live="polite">
        <p>
          {view.cancelling ? 'Cancelling… ' : 'Saving tabs: '}
          {view.done} of {view.total}
        </p>
        <progress max={view.total} value={view.done} />
        {!view.cancelling && (
          <button type="button" class="button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </section>
    );
  }
  const { summary } = view;
  return (
    <section class="batch" role="status" aria-live="polite">
      <p class="batch__summary">Tabs: {describeBatch(summary)}.</p>
      {summary.failed.length > 0 && (
        <ul class="batch__failures">
          {summary.failed.map(({ tab, reason }, i) => (
            <li key={i}>
              <span class="batch__tab">{tab.title}</span>: {reason}
            </li>
          ))}
        </ul>
      )}
      <button type="button" class="button" onClick={onOffer}>
        Save all {count} tabs
      </button>
    </section>
  );
}
