import { HIGHLIGHT_COLORS, type HighlightColor } from '../../lib/highlights/highlight';
import { useTranslator } from '../shared/use-translator';

/** Each colour's name, as the translator knows it. */
export const COLOUR_NAMES: Record<HighlightColor, string> = {
  yellow: 'highlights.colour.yellow',
  green: 'highlights.colour.green',
  blue: 'highlights.colour.blue',
  pink: 'highlights.colour.pink',
};

export interface HighlightToolbarProps {
  top: number;
  left: number;
  onPick: (color: HighlightColor) => void;
}

/** The colour buttons shown above selected text; choosing one highlights the selection in it. */
export function HighlightToolbar({ top, left, onPick }: HighlightToolbarProps) {
  const { t } = useTranslator();
  return (
    <div
      class="highlight-toolbar"
      role="toolbar"
      aria-label={t('highlights.toolbar')}
      style={{ top: `${Math.max(0, top - 44)}px`, left: `${left}px` }}
      // Pressing a button must not clear the selection it acts on.
      onMouseDown={(e) => e.preventDefault()}
    >
      {HIGHLIGHT_COLORS.map((color) => (
        <button
          key={color}
          type="button"
          class={`swatch highlight-${color}`}
          data-color={color}
          title={t('highlights.highlightIn', t(COLOUR_NAMES[color]))}
          aria-label={t('highlights.highlightIn', t(COLOUR_NAMES[color]))}
          onClick={() => onPick(color)}
        />
      ))}
    </div>
  );
}
