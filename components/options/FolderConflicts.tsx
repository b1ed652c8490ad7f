import type { ConflictAnswer, MirrorConflict } from '../../lib/mirror/mirror-status';
import { useTranslator } from '../shared/use-translator';

export interface FolderConflictsProps {
  conflicts: readonly MirrorConflict[];
  onResolve: (path: string, answer: ConflictAnswer) => void;
}

/** Files the user edited in the folder, each with the three answers: keep theirs, overwrite, keep both. */
export function FolderConflicts({ conflicts, onResolve }: FolderConflictsProps) {
  const { t } = useTranslator();
  const answers: Array<[ConflictAnswer, string]> = [
    ['keep-theirs', t('folder.keepTheirs')],
    ['overwrite', t('folder.overwrite')],
    ['keep-both', t('folder.keepBoth')],
  ];
  return (
    <div class="folder__conflicts">
      <h3>{t('folder.conflictsHeading')}</h3>
      <p>{t('folder.conflictsIntro')}</p>
      <ul>
        {conflicts.map(({ path, kind }) => (
          <li key={path} data-testid="folder-conflict" data-path={path}>
            <span>{t(kind === 'write' ? 'folder.conflictWrite' : 'folder.conflictRemove', path)}</span>{' '}
            {answers.map(([answer, label]) => (
              <button key={answer} type="button" onClick={() => onResolve(path, answer)}>
                {label}
              </button>
            ))}
          </li>
        ))}
      </ul>
    </div>
  );
}
