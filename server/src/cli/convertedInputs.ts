import { resolve } from 'node:path';
import { convertDraftBytes } from '../convert/load';
import { convertedKindOf } from '../convert/types';
import { readBoundedSync } from '../boundedRead';
import { DRAFT_TOO_LARGE, MAX_CONVERTED_FILE_BYTES, MAX_DRAFT_CHARACTERS } from '../inputLimits';
import { describeFsError, type Draft, type DraftResult } from './inputs';

// Word and PDF drafts on the command line: converted to a Markdown rendering first
// (server/src/convert), then reviewed like any Markdown draft. Lines and columns in
// the output are those of the rendering; each finding also names the page or heading.

export function isConvertedPath(path: string): boolean {
  return path !== '-' && convertedKindOf(path) !== null;
}

export async function readConvertedDraft(path: string, cwd: string): Promise<DraftResult> {
  // Only a regular file, and only so much of it (pictures make Word and PDF files large, so more than a text draft).
  const read = readBoundedSync(resolve(cwd, path), MAX_CONVERTED_FILE_BYTES);
  if (!read.ok) {
    const reason = read.reason === 'error' ? describeFsError(read.error)
      : read.reason === 'too-large' ? `it is larger than ${MAX_CONVERTED_FILE_BYTES / (1024 * 1024)} MB`
        : `it is ${read.kind}, not a regular file`;
    return { ok: false, message: `cannot review ${path}: ${reason}` };
  }
  const converted = await convertDraftBytes(path, read.bytes);
  if (!converted.ok) return { ok: false, message: `cannot review ${path}: ${converted.message}` };
  if (converted.draft.markdown.length > MAX_DRAFT_CHARACTERS) return { ok: false, message: `cannot review ${path}: it is ${DRAFT_TOO_LARGE}` };
  const draft: Draft = { path, fromStdin: false, text: converted.draft.markdown, format: 'markdown', converted: { kind: converted.draft.kind, notes: converted.draft.notes } };
  return converted.draft.notes.length > 0 ? { ok: true, draft, warning: `${path}: ${converted.draft.notes.join(' ')}` } : { ok: true, draft };
}
