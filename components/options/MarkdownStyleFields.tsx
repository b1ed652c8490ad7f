import { MARKDOWN_STYLE_CHOICES, type MarkdownStyle } from '../../lib/markdown/markdown-style';
import { useTranslator } from '../shared/use-translator';

export interface MarkdownStyleFieldsProps {
  style: MarkdownStyle;
  onChange: (style: MarkdownStyle) => void;
  /** A short sample written in `style`, so the choice shows before any capture. */
  sample: string;
}

type Setting = keyof MarkdownStyle;

/** The label key of each setting, and of each of its choices (by the choice's place in the list). */
const LABELS: Record<Setting, { label: string; choices: readonly string[] }> = {
  headingStyle: {
    label: 'templates.style.headingStyle',
    choices: ['templates.style.headingAtx', 'templates.style.headingSetext'],
  },
  bulletListMarker: {
    label: 'templates.style.bulletListMarker',
    choices: ['templates.style.bulletDash', 'templates.style.bulletStar', 'templates.style.bulletPlus'],
  },
  emDelimiter: {
    label: 'templates.style.emDelimiter',
    choices: ['templates.style.emStar', 'templates.style.emUnderscore'],
  },
  strongDelimiter: {
    label: 'templates.style.strongDelimiter',
    choices: ['templates.style.strongStars', 'templates.style.strongUnderscores'],
  },
  fence: {
    label: 'templates.style.fence',
    choices: ['templates.style.fenceBackticks', 'templates.style.fenceTildes'],
  },
  linkStyle: {
    label: 'templates.style.linkStyle',
    choices: ['templates.style.linksInline', 'templates.style.linksReference'],
  },
};

/** One select per Markdown style setting, a note that they apply to new captures, and a sample. */
export function MarkdownStyleFields({ style, onChange, sample }: MarkdownStyleFieldsProps) {
  const t = useTranslator();
  const settings = Object.keys(MARKDOWN_STYLE_CHOICES) as Setting[];
  return (
    <fieldset class="markdown-style">
      <legend>{t.t('templates.style.legend')}</legend>
      <p class="hint" id="style-note">
        {t.t('templates.style.note')}
      </p>
      <div class="markdown-style__grid">
        {settings.map((setting) => (
          <div key={setting}>
            <label for={`style-${setting}`}>{t.t(LABELS[setting].label)}</label>
            <select
              id={`style-${setting}`}
              value={style[setting]}
              aria-describedby="style-note"
              onChange={(event) => onChange({ ...style, [setting]: event.currentTarget.value })}
            >
              {MARKDOWN_STYLE_CHOICES[setting].map((choice, index) => (
                <option key={choice} value={choice}>
                  {t.t(LABELS[setting].choices[index] ?? '')}
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>
      <pre aria-label={t.t('templates.style.sample')} data-testid="style-sample">
        {sample}
      </pre>
    </fieldset>
  );
}
