/** The icon sizes in pixels: 16 and 32 for toolbars, 48 and 96 for add-on managers, 128 for stores. */
export const ICON_SIZES = [16, 32, 48, 96, 128] as const;

/** The manifest's `icons` (and `default_icon`) map: each size to its PNG in the build. */
export function iconPaths(): Record<string, string> {
  return Object.fromEntries(ICON_SIZES.map((size) => [String(size), `icon/${size}.png`]));
}
