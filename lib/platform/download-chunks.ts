/**
 * Saves bytes as a file through an `<a download>` on an object URL: no downloads permission
 * needed, and it must run in a page, since the service worker cannot make object URLs.
 */
export function downloadChunks(chunks: Uint8Array[], fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob(chunks as BlobPart[], { type }));
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
