/**
 * Saves bytes as a file through an `<a download>` on an object URL: no downloads permission
 * needed, and it must run in a page, since the service worker cannot make object URLs.
 */
export function downloadChunks(chunks: Uint8Array[], fileName: string, type: string): void {
  downloadBlob(new Blob(chunks as BlobPart[], { type }), fileName);
}

/** Saves a Blob as a file, as downloadChunks does. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy once it starts; a minute is ample and frees the memory after.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
