// Playbook bytes to text, the same way for the CLI and the language server, so a
// file one of them accepts the other does not call binary.

/** UTF-8 text without a byte-order mark, or null for bytes that are not text. */
export function decodePlaybookText(bytes: Uint8Array): string | null {
  if (bytes.includes(0)) return null;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    return null;
  }
}

/** The file-level problem for a playbook that is not text, in the words both front ends use. */
export const PLAYBOOK_NOT_TEXT = 'not UTF-8 text (it looks binary)';
