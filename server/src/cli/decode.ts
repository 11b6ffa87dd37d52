/** A draft's bytes turned into text, or the reason they are not a draft. */
export type Decoded =
  | { readonly ok: true; readonly text: string; readonly warning?: string }
  | { readonly ok: false; readonly reason: string };

// Enough of the file to recognise a binary one without reading it all twice.
const SAMPLE_BYTES = 8192;
// A stray NUL or two (pasted from a PDF, say) is still a draft; a file this full of them is not.
const MAX_NUL_SHARE = 0.01;

/**
 * Decodes a draft as an editor would: UTF-8 unless a UTF-16 byte-order mark says
 * otherwise (Word's "Unicode text"), with the mark dropped so columns match the
 * editor's. Invalid UTF-8 is replaced and reviewed with a warning; binary files
 * (PDF, Word, zip, images) are refused with a hint.
 */
export function decodeDraft(bytes: Uint8Array): Decoded {
  if (startsWith(bytes, [0xff, 0xfe])) return { ok: true, text: new TextDecoder('utf-16le').decode(bytes) };
  if (startsWith(bytes, [0xfe, 0xff])) return { ok: true, text: new TextDecoder('utf-16be').decode(bytes) };

  const known = recogniseBinary(bytes);
  if (known) return { ok: false, reason: `it is ${known}, not text; save the draft as plain text or Markdown first` };
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  let nuls = 0;
  for (const b of sample) if (b === 0) nuls++;
  if (nuls > 0 && nuls / sample.length > MAX_NUL_SHARE) {
    return { ok: false, reason: 'it looks like a binary file, not text; save the draft as plain text or Markdown first' };
  }

  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return {
      ok: true,
      text: new TextDecoder('utf-8').decode(bytes),
      warning: 'it is not valid UTF-8; the bytes that are not were replaced by "\uFFFD" and the rest reviewed',
    };
  }
}

function recogniseBinary(bytes: Uint8Array): string | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'a PDF file';
  // .docx, .odt and other zip containers.
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'a Word document or other zip archive';
  // Legacy .doc (OLE compound file).
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'a legacy Word document';
  return null;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  if (bytes.length < prefix.length) return false;
  return prefix.every((b, i) => bytes[i] === b);
}
