import { sha256Hex } from '../../lib/bytes/sha256-hex';
import type { ExportImageLink, ExportImageSource } from '../../lib/export/export-assets';
import { sniffImageType } from '../../lib/images/sniff-image-type';

/** Stored images in memory, as the export reads them from the database: each address with its bytes. */
export async function memoryImageSource(
  byArticle: Record<number, Record<string, Uint8Array>>,
): Promise<ExportImageSource> {
  const links = new Map<number, ExportImageLink[]>();
  const bytes = new Map<string, Uint8Array>();
  for (const [id, images] of Object.entries(byArticle)) {
    const list: ExportImageLink[] = [];
    for (const [url, data] of Object.entries(images)) {
      const sha256 = await sha256Hex(data);
      const type = sniffImageType(data)?.mime;
      if (!type) throw new Error(`${url} is no image`);
      bytes.set(sha256, data);
      list.push({ url, sha256, type });
    }
    links.set(Number(id), list);
  }
  return {
    linksOf: (id) => Promise.resolve(links.get(id) ?? []),
    bytesOf: (sha256) => Promise.resolve(bytes.get(sha256) ?? null),
  };
}
