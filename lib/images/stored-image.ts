/** One distinct image, stored once however many articles show it. */
export interface StoredImage {
  /** SHA-256 of the bytes, lowercase hex: the key, so the same picture is never stored twice. */
  sha256: string;
  blob: Blob;
  /** The type sniffed from the bytes (never the server's Content-Type). */
  type: string;
  size: number;
  width: number | null;
  height: number | null;
}
