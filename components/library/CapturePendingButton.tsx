import { useTranslator } from '../shared/use-translator';

/** How far a batch of captures has got. */
export interface PendingBatch {
  done: number;
  total: number;
}

export interface CapturePendingButtonProps {
  /** Entries still to capture in the library. */
  count: number;
  batch: PendingBatch | null;
  onStart: () => void;
  onStop: () => void;
}

/** "Capture 12 not yet captured", then the batch's progress with Stop; nothing when none is waiting. */
export function CapturePendingButton({ count, batch, onStart, onStop }: CapturePendingButtonProps) {
  const t = useTranslator();
  if (batch)
    return (
      <div class="pending-batch" role="status">
        <span>{t.t('importFrom.batchProgress', Math.min(batch.done + 1, batch.total), batch.total)}</span>{' '}
        <button type="button" onClick={onStop}>
          {t.t('importFrom.stop')}
        </button>
      </div>
    );
  if (count === 0) return null;
  return (
    <button type="button" class="pending-batch" onClick={onStart}>
      {t.plural('importFrom.captureAll', count)}
    </button>
  );
}
