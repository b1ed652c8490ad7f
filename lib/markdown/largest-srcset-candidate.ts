/** Chooses the largest candidate of a `srcset` (by width, else density); null when there is none. */
export function largestSrcsetCandidate(srcset: string): string | null {
  let best: string | null = null;
  let bestSize = -1;
  for (const { url, descriptor } of parseSrcset(srcset)) {
    const size = parseFloat(descriptor) * (descriptor.endsWith('w') ? 1 : 10_000);
    if (Number.isFinite(size) && size > bestSize) {
      best = url;
      bestSize = size;
    }
  }
  return best;
}

/**
 * Splits a `srcset` the way the HTML spec does: a URL runs to whitespace (URLs may contain commas, as
 * image CDNs' do), then an optional descriptor runs to the next comma.
 */
function parseSrcset(srcset: string): { url: string; descriptor: string }[] {
  const candidates: { url: string; descriptor: string }[] = [];
  const pattern = /[\s,]*(\S+)/y;
  let position = 0;
  while (position < srcset.length) {
    pattern.lastIndex = position;
    const match = pattern.exec(srcset);
    if (!match?.[1]) break;
    let url = match[1];
    position = pattern.lastIndex;
    let descriptor = '1x';
    if (url.endsWith(',')) {
      url = url.replace(/,+$/, '');
    } else {
      const end = srcset.indexOf(',', position);
      const stop = end === -1 ? srcset.length : end;
      descriptor = srcset.slice(position, stop).trim() || '1x';
      position = stop + 1;
    }
    if (url) candidates.push({ url, descriptor });
  }
  return candidates;
}
