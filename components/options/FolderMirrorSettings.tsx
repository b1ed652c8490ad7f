import { say, type Message } from '../../lib/i18n/message';
import type { ConflictAnswer, MirrorStatus } from '../../lib/mirror/mirror-status';
import { useTranslator } from '../shared/use-translator';
import { FolderConflicts } from './FolderConflicts';
import { FolderDropZone } from './FolderDropZone';

export interface FolderMirrorSettingsProps {
  /** Null until the first look at the folder. */
  status: MirrorStatus | null;
  /** Why the last click failed (the picker refused the folder, say), or null. */
  problem: Message | string | null;
  libraryUrl: string;
  onChoose: () => void;
  /** A folder dropped on the page: the picker's other way in. */
  onDrop: (data: DataTransfer) => void;
  onAllow: () => void;
  onStop: () => void;
  onResolve: (path: string, answer: ConflictAnswer) => void;
}

/** The settings page's "Save to a folder as you capture": the folder, where saving stands, edited files. */
export function FolderMirrorSettings(props: FolderMirrorSettingsProps) {
  const { status, problem, libraryUrl, onChoose, onDrop, onAllow, onStop, onResolve } = props;
  const translator = useTranslator();
  const { t, plural } = translator;
  if (status === null) return null;
  return (
    <section class="folder" aria-labelledby="folder-heading" data-testid="folder-settings">
      <h2 id="folder-heading">{t('folder.heading')}</h2>
      <p>{t('folder.intro')}</p>
      {status.kind === 'unsupported' ? (
        <p role="status">
          {t('folder.unsupported')} <a href={libraryUrl}>{t('folder.exportZip')}</a>
        </p>
      ) : status.kind === 'off' ? (
        <FolderDropZone onDrop={onDrop}>
          <button type="button" onClick={onChoose}>
            {t('folder.choose')}
          </button>
        </FolderDropZone>
      ) : (
        <>
          <p role="status" data-testid="folder-status">
            {status.kind === 'paused'
              ? t('folder.paused', status.folder)
              : t('folder.savingTo', status.folder)}{' '}
            {status.pending > 0
              ? plural('folder.pending', status.pending)
              : // After a failed pass nothing is known to be saved.
                !(status.kind === 'on' && status.error) && t('folder.upToDate')}
          </p>
          <p class="folder__actions">
            {status.kind === 'paused' && (
              <button type="button" onClick={onAllow}>
                {t('folder.allow')}
              </button>
            )}
            <button type="button" onClick={onStop}>
              {t('folder.stop')}
            </button>
          </p>
          <FolderDropZone onDrop={onDrop}>
            <button type="button" onClick={onChoose}>
              {t('folder.chooseAnother')}
            </button>
          </FolderDropZone>
          {status.kind === 'on' && status.conflicts.length > 0 && (
            <FolderConflicts conflicts={status.conflicts} onResolve={onResolve} />
          )}
        </>
      )}
      {(problem ?? (status.kind === 'on' && status.error)) && (
        <p class="problem" role="alert">
          {t('folder.failed', say(translator, problem ?? (status.kind === 'on' ? (status.error ?? '') : '')))}
        </p>
      )}
    </section>
  );
}
