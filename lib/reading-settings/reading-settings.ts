import * as v from 'valibot';

/** The reading view's typefaces: a serif, a sans and Atkinson Hyperlegible, shipped in the extension. */
export const READING_FONTS = ['serif', 'sans', 'hyperlegible'] as const;
/** Light, dark and sepia, or whatever the system is set to (the default). */
export const READING_THEMES = ['system', 'light', 'dark', 'sepia'] as const;

export type ReadingFont = (typeof READING_FONTS)[number];
export type ReadingTheme = (typeof READING_THEMES)[number];

/** Each number's range and step, for the settings' sliders and for reading stored values. */
export const READING_RANGES = {
  /** Text size in CSS pixels. */
  size: { min: 14, max: 28, step: 1 },
  /** The column's width in characters (of about half the text size each): 45–75 is the readable measure. */
  width: { min: 40, max: 90, step: 5 },
  /** Line height as a multiple of the text size. */
  lineHeight: { min: 1.2, max: 2, step: 0.1 },
} as const;

/** How the reading view lays out text. */
export interface ReadingSettings {
  font: ReadingFont;
  size: number;
  width: number;
  lineHeight: number;
  theme: ReadingTheme;
}

export const DEFAULT_READING_SETTINGS: ReadingSettings = {
  font: 'serif',
  size: 19,
  // On the slider's step: a value off it would be read back moved to the next one.
  width: 70,
  lineHeight: 1.6,
  theme: 'system',
};

/** A stored number kept within its range, on its step; anything else gives the default. */
const ranged = (key: keyof typeof READING_RANGES) => {
  const { min, max, step } = READING_RANGES[key];
  return v.fallback(
    v.pipe(
      v.number(),
      v.finite(),
      v.transform((n) => Math.round(Math.min(max, Math.max(min, n)) / step) * step),
      v.transform((n) => Math.round(n * 100) / 100),
    ),
    DEFAULT_READING_SETTINGS[key],
  );
};

// Each field falls back on its own, so one damaged value costs only itself.
const storedSchema = v.object({
  font: v.fallback(v.picklist(READING_FONTS), DEFAULT_READING_SETTINGS.font),
  size: ranged('size'),
  width: ranged('width'),
  lineHeight: ranged('lineHeight'),
  theme: v.fallback(v.picklist(READING_THEMES), DEFAULT_READING_SETTINGS.theme),
});

/** Stored reading settings as this version reads them: valid fields kept, the rest defaults. Never throws. */
export function readReadingSettings(value: unknown): ReadingSettings {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { ...DEFAULT_READING_SETTINGS };
  return v.parse(storedSchema, value);
}

const FONT_STACKS: Record<ReadingFont, string> = {
  serif: 'Charter, "Bitstream Charter", "Sitka Text", Cambria, Georgia, serif',
  sans: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif',
  // Bundled with the extension (@fontsource/atkinson-hyperlegible): never loaded from the network.
  hyperlegible: '"Atkinson Hyperlegible", Verdana, sans-serif',
};

/** The CSS custom properties the reading view's stylesheet reads, for these settings. */
export function readingStyle(settings: ReadingSettings): Record<string, string> {
  return {
    '--reader-font': FONT_STACKS[settings.font],
    '--reader-size': `${settings.size}px`,
    // In pixels, not `ch`: the toolbar and contents above the text (in the interface's font) line
    // up with its column. A character of running text is about half the font size wide.
    '--reader-width': `${Math.round(settings.width * settings.size * 0.5)}px`,
    '--reader-line-height': String(settings.lineHeight),
  };
}
