import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { useTranslator } from '../shared/use-translator';

export interface FolderDropZoneProps {
  /** The drop's data, handed on within the event (its items can be read only then). */
  onDrop: (data: DataTransfer) => void;
  /** The picker's button, which keyboard users choose with. */
  children: ComponentChildren;
}

/**
 * Where a folder can be dropped from the file manager, as another way to choose it than the
 * picker's button inside it: the same folder, with one prompt to allow writing.
 */
export function FolderDropZone({ onDrop, children }: FolderDropZoneProps) {
  const { t } = useTranslator();
  const [over, setOver] = useState(false);
  const accept = (event: DragEvent) => {
    // Only a drag of files or folders is taken: dragging text over it changes nothing.
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'link';
    setOver(true);
  };
  return (
    <div
      class={over ? 'folder__drop folder__drop--over' : 'folder__drop'}
      data-testid="folder-drop"
      onDragEnter={accept}
      onDragOver={accept}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        event.preventDefault();
        setOver(false);
        if (event.dataTransfer) onDrop(event.dataTransfer);
      }}
    >
      {children}
      <span class="folder__drop-hint">{t('folder.dropHint')}</span>
    </div>
  );
}
