import { ASSETS_FOLDER, type ExportManifest } from '../export/export-manifest';
import { message, type Message } from '../i18n/message';
import { formatBytes } from '../format/format-bytes';
import { describeImageFailure } from '../images/image-failure';
import { examineImage } from '../images/examine-image';
import type { ImageLimits } from '../images/image-limits';
import type { StoredImage } from '../images/stored-image';
import { sha256Hex } from '../bytes/sha256-hex';
import { inflateZipEntry } from './inflate-zip-entry';
import type { ZipEntry } from './list-zip-entries';

export type ReadAssetsResult =
  { ok: true; images: Map<string, StoredImage> } | { ok: false; message: Message | string };

const refused = (message: string): ReadAssetsResult => ({
  ok: false,
  message: `${message} Nothing was imported.`,
});

/**
 * Every image the manifest lists, by its path in the zip, each checked as capture checks a fetched
 * one and against the manifest: present, within the cap for one image (before it is unpacked),
 * its SHA-256, an image by its bytes of the type its name and the manifest say. A file in
 * `assets/` the manifest does not list, or any listed one that fails, refuses the whole zip.
 */
export async function readExportAssets(
  bytes: Uint8Array,
  entries: ReadonlyMap<string, ZipEntry>,
  manifest: ExportManifest,
  limits: ImageLimits,
): Promise<ReadAssetsResult> {
  const listed = manifest.assets ?? [];
  const names = new Set(listed.map((asset) => asset.file));
  const unlisted = [...entries.keys()].find((name) => name.startsWith(ASSETS_FOLDER) && !names.has(name));
  if (unlisted) return refused(`${unlisted} is in the zip but not in its manifest.json.`);
  const images = new Map<string, StoredImage>();
  for (const asset of listed) {
    const { file } = asset;
    const entry = entries.get(file);
    if (!entry) return refused(`The export is incomplete: ${file} is missing from the zip.`);
    if (entry.size > limits.maxImageBytes) {
      return refused(
        `${file} is ${formatBytes(entry.size)} unzipped, over the ${formatBytes(limits.maxImageBytes)} limit for one image.`,
      );
    }
    const data = inflateZipEntry(bytes, entry);
    if ((await sha256Hex(data)) !== asset.sha256) {
      return refused(
        `${file} was changed or damaged after export (its checksum does not match the manifest).`,
      );
    }
    const examined = examineImage(data, limits);
    if (!examined.ok) {
      return {
        ok: false,
        message: message('import.imageNotStored', file, describeImageFailure(examined.failure)),
      };
    }
    if (!file.endsWith(`.${examined.type.extension}`) || asset.type !== examined.type.mime) {
      return refused(
        `${file} is ${examined.type.mime} by its bytes, not what its name and the manifest say.`,
      );
    }
    if (asset.size !== data.length) return refused(`${file} is not the size the manifest says.`);
    const { mime } = examined.type;
    images.set(file, {
      sha256: asset.sha256,
      blob: new Blob([data as Uint8Array<ArrayBuffer>], { type: mime }),
      type: mime,
      size: data.length,
      width: examined.width,
      height: examined.height,
    });
  }
  return { ok: true, images };
}
