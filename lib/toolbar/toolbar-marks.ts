/** What the toolbar button shows while a capture it started runs, and after. */
export type ToolbarState = 'saving' | 'saved' | 'failed';

export interface ToolbarMark {
  /** The badge text: one glyph, so each state differs in shape as well as colour. */
  text: string;
  /** The badge's background. */
  color: string;
  /** The glyph's colour, set explicitly: browsers otherwise pick black or white themselves. */
  textColor: string;
}

/**
 * The badge of each state. Each colour keeps white text above 4.5:1 and stands out from a light
 * toolbar (3:1 or more); on a dark toolbar the white glyph carries it. Grey "…", green "✓" and red
 * "!" differ in glyph as well as hue, for those who cannot tell green from red.
 */
export const TOOLBAR_MARKS: Record<ToolbarState, ToolbarMark> = {
  saving: { text: '…', color: '#52525b', textColor: '#ffffff' },
  saved: { text: '✓', color: '#1a7f37', textColor: '#ffffff' },
  failed: { text: '!', color: '#c62828', textColor: '#ffffff' },
};

/** Relative luminance of a `#rrggbb` colour (WCAG 2.x). */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16) / 255);
  const [r = 0, g = 0, b = 0] = channels.map((c) =>
    c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4,
  );
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The WCAG contrast ratio of two `#rrggbb` colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}
