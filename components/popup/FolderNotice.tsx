import { say } from '../../lib/i18n/message';
import type { MirrorStatus } from '../../lib/mirror/mirror-status';
import { useTranslator } from '../shared/use-translator';

export interface FolderNoticeProps {
  status: MirrorStatus | null;
  settingsUrl: string;
  onAllow: () => void;
}

/**
 * What the popup says about the folder when it needs the user: saving is paused until they allow it
 * again (one click), or files they edited there wait for their answer. Nothing when all is well.
 */
export function FolderNotice({ status, settingsUrl, onAllow }: FolderNoticeProps) {
  const translator = useTranslator();
  const { t, plural } = translator;
  if (status?.kind === 'paused') {
    return (
      <section class="status" role="status" data-testid="folder-notice">
        <p>
          {t('folder.paused', status.folder)} {status.pending > 0 && plural('folder.pending', status.pending)}
        </p>
        <button type="button" class="button" onClick={onAllow}>
          {t('folder.allow')}
        </button>
      </section>
    );
  }
  if (status?.kind === 'on' && (status.conflicts.length > 0 || status.error)) {
    return (
      <section class="status" role="status" data-testid="folder-notice">
        {status.error && <p>{t('folder.failed', say(translator, status.error))}</p>}
        {status.conflicts.length > 0 && (
          <p>
            {plural('folder.edited', status.conflicts.length, status.folder)}{' '}
            <a href={settingsUrl} target="_blank" rel="noreferrer">
              {t('folder.review')}
            </a>
          </p>
        )}
      </section>
    );
  }
  return null;
}
