import { useTranslator } from '../shared/use-translator';

export interface FolderImportButtonProps {
  disabled: boolean;
  onClick: () => void;
}

/** "Import changes from the folder": new and changed files of the chosen folder, through the import preview. */
export function FolderImportButton({ disabled, onClick }: FolderImportButtonProps) {
  const { t } = useTranslator();
  return (
    <button type="button" class="import-button" disabled={disabled} onClick={onClick}>
      {t('folder.importChanges')}
    </button>
  );
}
