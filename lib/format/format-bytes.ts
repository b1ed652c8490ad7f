const KiB = 1024;
const MiB = 1024 * KiB;
const GiB = 1024 * MiB;

/**
 * Bytes as a reader says them: `0 B`, `812 KB`, `12.4 MB`, `1.2 GB`. Units are powers of 1,024, as
 * the limits in `lib/` are set; KB round up, so a size over a limit never reads as equal to it.
 */
export function formatBytes(bytes: number): string {
  if (bytes < KiB) return `${Math.max(0, Math.round(bytes))} B`;
  if (bytes < MiB) return `${Math.ceil(bytes / KiB)} KB`;
  if (bytes < GiB) return `${(bytes / MiB).toFixed(1)} MB`;
  return `${(bytes / GiB).toFixed(1)} GB`;
}
