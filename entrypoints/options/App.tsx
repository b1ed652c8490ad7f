import { useState } from 'preact/hooks';
import { message } from '../../lib/i18n/message';
import { FrontMatterFields } from '../../components/options/FrontMatterFields';
import { MarkdownStyleFields } from '../../components/options/MarkdownStyleFields';
import { ObsidianVaultField } from '../../components/options/ObsidianVaultField';
import { FolderMirrorSettings } from '../../components/options/FolderMirrorSettings';
import { TemplateSettingsForm } from '../../components/options/TemplateSettingsForm';
import { useTranslator } from '../../components/shared/use-translator';
import type { MarkdownStyle } from '../../lib/markdown/markdown-style';
import { checkObsidianVault } from '../../lib/obsidian/obsidian-uri';
import {
  frontMatterDraft,
  readFrontMatterDraft,
  type FrontMatterDraft,
} from '../../lib/templates/front-matter-draft';
import { previewExport, type ExportPreview } from '../../lib/templates/preview-export';
import { checkTemplateSettings } from '../../lib/templates/template-settings';
import { libraryUrl } from '../../lib/platform/open-library';
import { useFolderMirror } from './use-folder-mirror';
import { useStyleSample } from './use-style-sample';
import { useTemplateSettings } from './use-template-settings';

/**
 * The settings page: the file-name template and front matter, with a live preview on the newest
 * article; the Markdown style of new captures, with a sample; the Obsidian vault.
 */
export function App() {
  const t = useTranslator();
  const { settings, newest, status, save } = useTemplateSettings();
  const { templates } = settings;
  const folder = useFolderMirror();
  // What the user is editing; null until they change the stored value.
  const [draft, setDraft] = useState<string | null>(null);
  const [frontMatter, setFrontMatter] = useState<FrontMatterDraft | null>(null);
  const [style, setStyle] = useState<MarkdownStyle | null>(null);
  const [vault, setVault] = useState<string | null>(null);
  const fileName = draft ?? templates.fileName;
  const read = readFrontMatterDraft(frontMatter ?? frontMatterDraft(templates.frontMatter));
  const next = {
    templates: { ...templates, fileName, frontMatter: read.ok ? read.options : templates.frontMatter },
    markdownStyle: style ?? settings.markdownStyle,
    obsidianVault: vault ?? settings.obsidianVault,
  };
  const sample = useStyleSample(next.markdownStyle, t);
  // Without an article to preview, the settings are still checked, so a bad one is never saved.
  const problem =
    (newest ? null : checkTemplateSettings(next.templates)) ?? checkObsidianVault(next.obsidianVault);
  let preview: ExportPreview | null = newest ? previewExport(newest, next.templates) : null;
  if (problem !== null) preview = { ok: false, message: problem };
  if (!read.ok)
    preview = {
      ok: false,
      message:
        read.problem === 'constant-twice'
          ? message('templates.frontMatter.constantTwice', read.name)
          : message('templates.frontMatter.constantWithoutColon', read.line),
    };
  return (
    <main>
      <h1>{t.t('options.heading')}</h1>
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
        <MarkdownStyleFields style={next.markdownStyle} onChange={setStyle} sample={sample} />
        <ObsidianVaultField vault={next.obsidianVault} onChange={setVault} />
      </TemplateSettingsForm>
      <FolderMirrorSettings
        status={folder.status}
        problem={folder.problem}
        libraryUrl={libraryUrl()}
        onChoose={folder.choose}
        onDrop={folder.drop}
        onAllow={folder.allow}
        onStop={folder.stop}
        onResolve={folder.resolve}
      />
    </main>
  );
}
