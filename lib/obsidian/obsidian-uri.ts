import { message, type Message } from '../i18n/message';
/**
 * `obsidian://new` links (https://help.obsidian.md/Extending+Obsidian/Obsidian+URI): they ask
 * Obsidian to create a note in a vault. The note's text rides in the link when it is short; a long
 * one goes through the clipboard (`&clipboard`), since the operating system hands links to
 * Obsidian through channels with length limits (about 2,000 characters on Windows' older paths).
 */

/** Longest link we build with the note's text in it; longer notes go through the clipboard. */
export const MAX_OBSIDIAN_URI_LENGTH = 2000;

/** Longest vault name accepted: Obsidian names vaults after folders. */
export const MAX_VAULT_NAME_LENGTH = 200;

/** What is wrong with a vault name, in a sentence, or null ('' means the vault Obsidian has open). */
export function checkObsidianVault(name: unknown): Message | null {
  if (typeof name !== 'string') return message('settingsCheck.vaultNotText');
  if (name.length > MAX_VAULT_NAME_LENGTH)
    return message('settingsCheck.vaultTooLong', MAX_VAULT_NAME_LENGTH);
  // eslint-disable-next-line no-control-regex -- control characters are exactly what a folder name cannot hold
  if (/[\u0000-\u001f\u007f]/.test(name)) return message('settingsCheck.vaultControl');
  return null;
}

export interface ObsidianNote {
  /** The vault's name; empty for the vault Obsidian has open. */
  vault: string;
  /** The note's path in the vault, as the export names the file (`2026/tidal-mill.md`). */
  path: string;
  /** The whole file, front matter included. */
  content: string;
}

/** The link that creates the note, and whether the note's text must be put on the clipboard first. */
export function obsidianNewUri(
  note: ObsidianNote,
  maxLength = MAX_OBSIDIAN_URI_LENGTH,
): { uri: string; viaClipboard: boolean } {
  // encodeURIComponent, not URLSearchParams: Obsidian reads `+` as a plus, not a space.
  const params = [
    ...(note.vault.trim() === '' ? [] : [`vault=${encodeURIComponent(note.vault.trim())}`]),
    // Obsidian adds `.md` itself; given one, it would name the note `x.md.md`.
    `file=${encodeURIComponent(note.path.replace(/\.md$/i, ''))}`,
  ];
  const base = `obsidian://new?${params.join('&')}`;
  const inline = `${base}&content=${encodeURIComponent(note.content)}`;
  if (inline.length <= maxLength) return { uri: inline, viaClipboard: false };
  return { uri: `${base}&clipboard`, viaClipboard: true };
}
