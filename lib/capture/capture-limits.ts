/** Pages beyond this many elements are refused rather than risk freezing the tab. */
export const MAX_ELEMENTS = 60_000;

/**
 * Pages nested deeper than this are refused: extraction's walks cost more than linearly in depth (a
 * page 1,000 levels deep took over a minute), and no parsed page comes near it: Chromium's parser
 * stops nesting at 512 levels, and real news pages stay under 40.
 */
export const MAX_DEPTH = 200;
