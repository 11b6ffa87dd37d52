import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { convertDraftBytes } from '../convert/load';
import { convertedKindOf } from '../convert/types';
import { describeFsError, type Draft, type DraftResult } from './inputs';

// Word and PDF drafts on the command line: converted to a Markdown rendering first
// (server/src/convert), then reviewed like any Markdown draft. Lines and columns in
// the output are those of the rendering; each finding also names the page or heading.

export function isConvertedPath(path: string): boolean {
  return path !== '-' && convertedKindOf(path) !== null;
}

export async function readConvertedDraft(path: string, cwd: string): Promise<DraftResult> {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(resolve(cwd, path));
  } catch (error) {
    return { ok: false, message: `cannot review ${path}: ${describeFsError(error)}` };
  }
  const converted = await convertDraftBytes(path, bytes);
  if (!converted.ok) return { ok: false, message: `cannot review ${path}: ${converted.message}` };
  const draft: Draft = { path, fromStdin: false, text: converted.draft.markdown, format: 'markdown', converted: { kind: converted.draft.kind, notes: converted.draft.notes } };
  return converted.draft.notes.length > 0 ? { ok: true, draft, warning: `${path}: ${converted.draft.notes.join(' ')}` } : { ok: true, draft };
}
