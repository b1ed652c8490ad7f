import {
  READING_FONTS,
  READING_RANGES,
  READING_THEMES,
  type ReadingSettings,
} from '../../lib/reading-settings/reading-settings';
import { useTranslator } from '../shared/use-translator';

export interface ReadingSettingsPanelProps {
  settings: ReadingSettings;
  onChange: (settings: ReadingSettings) => void;
}

const FONT_KEYS = {
  serif: 'reading.font.serif',
  sans: 'reading.font.sans',
  hyperlegible: 'reading.font.hyperlegible',
} as const;
const THEME_KEYS = {
  system: 'reading.theme.system',
  light: 'reading.theme.light',
  dark: 'reading.theme.dark',
  sepia: 'reading.theme.sepia',
} as const;
const RANGE_KEYS = {
  size: 'reading.size',
  width: 'reading.width',
  lineHeight: 'reading.lineHeight',
} as const;

/** Font, size, line width, line height and theme of the reading view; each change applies at once. */
export function ReadingSettingsPanel({ settings, onChange }: ReadingSettingsPanelProps) {
  const { t } = useTranslator();
  const set = (patch: Partial<ReadingSettings>) => onChange({ ...settings, ...patch });
  return (
    <section class="reader-settings" aria-label={t('reading.settings')}>
      <fieldset>
        <legend>{t('reading.fontLabel')}</legend>
        {READING_FONTS.map((font) => (
          <label key={font} class={`font-${font}`}>
            <input
              type="radio"
              name="reader-font"
              value={font}
              checked={settings.font === font}
              onChange={() => set({ font })}
            />
            {t(FONT_KEYS[font])}
          </label>
        ))}
      </fieldset>
      {(['size', 'width', 'lineHeight'] as const).map((key) => (
        <label key={key} class="reader-range">
          {t(RANGE_KEYS[key])}
          <input
            type="range"
            name={`reader-${key}`}
            {...READING_RANGES[key]}
            value={settings[key]}
            onInput={(e) => set({ [key]: Number(e.currentTarget.value) })}
          />
          <output>{settings[key]}</output>
        </label>
      ))}
      <fieldset>
        <legend>{t('reading.themeLabel')}</legend>
        {READING_THEMES.map((theme) => (
          <label key={theme}>
            <input
              type="radio"
              name="reader-theme"
              value={theme}
              checked={settings.theme === theme}
              onChange={() => set({ theme })}
            />
            {t(THEME_KEYS[theme])}
          </label>
        ))}
      </fieldset>
    </section>
  );
}
