import { useState } from 'preact/hooks';
import { TemplateSettingsForm } from '../../components/options/TemplateSettingsForm';
import { previewExport } from '../../lib/templates/preview-export';
import { useTemplateSettings } from './use-template-settings';
import { useTranslator } from '../../components/shared/use-translator';

/** The settings page: the file-name template, with a live preview on the newest article. */
export function App() {
  const t = useTranslator();
  const { templates, newest, status, save } = useTemplateSettings();
  // What the user is typing; null until they change the stored template.
  const [draft, setDraft] = useState<string | null>(null);
  const fileName = draft ?? templates.fileName;
  const next = { ...templates, fileName };
  return (
    <main>
      <h1>{t.t('options.heading')}</h1>
      <TemplateSettingsForm
        fileName={fileName}
        onFileNameChange={setDraft}
        preview={newest ? previewExport(newest, next) : null}
        status={status}
        onSave={() => void save(next)}
      />
    </main>
  );
}
