import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { Resvg } from '@resvg/resvg-js';
import { ICON_SIZES } from '../lib/toolbar/icon-sizes';

// `npm run icons`: draws public/icon.svg at every size the stores and toolbars ask for, into
// public/icon/<size>.png, which are committed (the build copies public/ as it is). Run it after
// changing the SVG, and review the 16 px one: that is what the toolbar shows.
const root = new URL('..', import.meta.url);
const svg = await readFile(new URL('public/icon.svg', root));
await mkdir(new URL('public/icon/', root), { recursive: true });
for (const size of ICON_SIZES) {
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
  await writeFile(new URL(`public/icon/${size}.png`, root), png);
  console.log(`public/icon/${size}.png`);
}
