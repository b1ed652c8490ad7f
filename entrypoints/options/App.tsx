import { useState } from 'preact/hooks';
import { FolderMirrorSettings } from '../../components/options/FolderMirrorSettings';
import { TemplateSettingsForm } from '../../components/options/TemplateSettingsForm';
import { libraryUrl } from '../../lib/platform/open-library';
import { previewExport } from '../../lib/templates/preview-export';
import { useFolderMirror } from './use-folder-mirror';
import { useTemplateSettings } from './use-template-settings';

/** The settings page: the file-name template, with a live preview on the newest article. */
export function App() {
  const { templates, newest, status, save } = useTemplateSettings();
  const folder = useFolderMirror();
  // What the user is typing; null until they change the stored template.
  const [draft, setDraft] = useState<string | null>(null);
  const fileName = draft ?? templates.fileName;
  const next = { ...templates, fileName };
  return (
    <main>
      <h1>Clean Capture settings</h1>
      <TemplateSettingsForm
        fileName={fileName}
        onFileNameChange={setDraft}
        preview={newest ? previewExport(newest, next) : null}
        status={status}
        onSave={() => void save(next)}
      />
      <FolderMirrorSettings
        status={folder.status}
        problem={folder.problem}
        libraryUrl={libraryUrl()}
        onChoose={folder.choose}
        onAllow={folder.allow}
        onStop={folder.stop}
        onResolve={folder.resolve}
      />
    </main>
  );
}
