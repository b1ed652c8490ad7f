import { describe, expect, it } from 'vitest';
import { TOOLBAR_MARKS, contrastRatio } from '../../lib/toolbar/toolbar-marks';

// Toolbar backgrounds of the default themes: Firefox light and dark, Chrome light and dark.
const LIGHT_TOOLBARS = ['#f9f9fb', '#ffffff'];
const DARK_TOOLBARS = ['#2b2a33', '#35363a'];

const marks = Object.entries(TOOLBAR_MARKS);

describe('toolbar marks', () => {
  it('computes WCAG contrast', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#777777')).toBe(1);
    expect(contrastRatio('#ffffff', '#767676')).toBeCloseTo(4.54, 2);
  });

  it('gives each state its own glyph and colour', () => {
    expect(marks).toHaveLength(3);
    expect(new Set(marks.map(([, m]) => m.text)).size).toBe(3);
    expect(new Set(marks.map(([, m]) => m.color)).size).toBe(3);
  });

  it.each(marks)('keeps the %s glyph legible on its badge (4.5:1)', (_, mark) => {
    expect(contrastRatio(mark.textColor, mark.color)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(marks)('shows the %s badge on light toolbars (3:1) and its glyph on dark ones', (_, mark) => {
    for (const toolbar of LIGHT_TOOLBARS)
      expect(contrastRatio(mark.color, toolbar)).toBeGreaterThanOrEqual(3);
    for (const toolbar of DARK_TOOLBARS)
      expect(contrastRatio(mark.textColor, toolbar)).toBeGreaterThanOrEqual(4.5);
  });
});
