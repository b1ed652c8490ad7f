import { useState } from 'preact/hooks';
import { FrontMatterFields } from '../../components/options/FrontMatterFields';
import { TemplateSettingsForm } from '../../components/options/TemplateSettingsForm';
import { useTranslator } from '../../components/shared/use-translator';
import {
  frontMatterDraft,
  readFrontMatterDraft,
  type FrontMatterDraft,
} from '../../lib/templates/front-matter-draft';
import { previewExport, type ExportPreview } from '../../lib/templates/preview-export';
import { checkTemplateSettings } from '../../lib/templates/template-settings';
import { useTemplateSettings } from './use-template-settings';

/** The settings page: the file-name template and front matter, with a live preview on the newest article. */
export function App() {
  const t = useTranslator();
  const { templates, newest, status, save } = useTemplateSettings();
  // What the user is typing; null until they change the stored settings.
  const [draft, setDraft] = useState<string | null>(null);
  const [frontMatter, setFrontMatter] = useState<FrontMatterDraft | null>(null);
  const fileName = draft ?? templates.fileName;
  const read = readFrontMatterDraft(frontMatter ?? frontMatterDraft(templates.frontMatter));
  const next = { ...templates, fileName, frontMatter: read.ok ? read.options : templates.frontMatter };
  // Without an article to preview, the settings are still checked, so a bad one is never saved.
  const problem = newest ? null : checkTemplateSettings(next);
  let preview: ExportPreview | null = newest
    ? previewExport(newest, next)
    : problem === null
      ? null
      : { ok: false, message: problem };
  if (!read.ok)
    preview = {
      ok: false,
      message:
        read.problem === 'constant-twice'
          ? t.t('templates.frontMatter.constantTwice', read.name)
          : t.t('templates.frontMatter.constantWithoutColon', read.line),
    };
  return (
    <main>
      <h1>Clean Capture settings</h1>
      <TemplateSettingsForm
        fileName={fileName}
        onFileNameChange={setDraft}
        preview={preview}
        status={status}
        onSave={() => void save(next)}
      >
        <FrontMatterFields
          draft={frontMatter ?? frontMatterDraft(templates.frontMatter)}
          onChange={setFrontMatter}
        />
      </TemplateSettingsForm>
    </main>
  );
}
