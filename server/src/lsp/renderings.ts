import * as path from 'node:path';
import { readBounded } from '../boundedRead';
import { convertDraftBytes } from '../convert/load';
import { createLocator, type Locator } from '../convert/locations';
import { convertedKindOf, type ConversionProgress, type ConvertedKind } from '../convert/types';
import type { Heading } from '../engine/model';
import { DRAFT_TOO_LARGE, MAX_CONVERTED_FILE_BYTES, MAX_DRAFT_CHARACTERS } from '../inputLimits';
import { sourceUriOfRendering, type RenderDraftResult } from '../protocol';
import { uriToPath } from './paths';

// Word and PDF drafts in the editor: the server converts the file (the client holds
// no converter and no analysis) and the client shows the Markdown as a read-only
// document under the rendering scheme, which the server then reviews like any draft.

/** Converts the .docx or .pdf file a `file:` URI names; one sentence of explanation when it cannot. */
export async function renderDraft(uri: string, onProgress?: ConversionProgress): Promise<RenderDraftResult> {
  const filePath = uriToPath(uri);
  const kind = filePath === null ? null : convertedKindOf(filePath);
  if (filePath === null || kind === null) return { ok: false, message: 'Only Word (.docx) and PDF files on disk are rendered for review.' };
  const name = path.basename(filePath);
  const bytes = await readConvertedFile(filePath);
  if (!bytes.ok) return { ok: false, message: `Cannot review ${name}: ${bytes.reason}.` };
  const converted = await convertDraftBytes(filePath, bytes.bytes, onProgress);
  if (!converted.ok) return { ok: false, message: `Cannot review ${name}: ${converted.message}.` };
  const { draft } = converted;
  // The notes open the rendering as HTML comments: shown to the reader, skipped by the review.
  const header = draft.notes.map((note) => `<!-- ${note.replace(/--/g, '—')} -->\n\n`).join('');
  const markdown = header + draft.markdown;
  if (markdown.length > MAX_DRAFT_CHARACTERS) return { ok: false, message: `Cannot review ${name}: it is ${DRAFT_TOO_LARGE}.` };
  return { ok: true, kind: draft.kind, markdown, notes: draft.notes, pageCount: draft.pageCount ?? null };
}

export type FileBytes = { readonly ok: true; readonly bytes: Uint8Array } | { readonly ok: false; readonly reason: string };

/** A Word or PDF file's bytes, refusing what is not a regular file or is too large to be a draft. */
export async function readConvertedFile(filePath: string): Promise<FileBytes> {
  const read = await readBounded(filePath, MAX_CONVERTED_FILE_BYTES);
  if (read.ok) return { ok: true, bytes: read.bytes };
  switch (read.reason) {
    case 'too-large': return { ok: false, reason: `it is larger than ${MAX_CONVERTED_FILE_BYTES / (1024 * 1024)} MB` };
    case 'not-regular': return { ok: false, reason: `it is ${read.kind}, not a regular file` };
    case 'error': return { ok: false, reason: describeFsError(read.error) };
  }
}

/** What kind of file a rendering URI stands for; null when the URI is no rendering. */
export function renderedKindOf(uri: string): ConvertedKind | null {
  const source = sourceUriOfRendering(uri);
  return source === null ? null : convertedKindOf(source);
}

export function isRendering(uri: string): boolean {
  return renderedKindOf(uri) !== null;
}

/** Names the page (PDF) or heading path (Word) of a place in a rendering; null for any other document. */
export function renderingLocator(uri: string, text: string, headings: readonly Heading[]): Locator | null {
  const kind = renderedKindOf(uri);
  return kind === null ? null : createLocator(kind, text, headings);
}

export function describeFsError(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  switch (code) {
    case 'ENOENT': return 'the file does not exist';
    case 'EACCES': case 'EPERM': return 'permission to read it was denied';
    case 'EISDIR': return 'it is a folder';
    default: return error instanceof Error ? error.message : String(error);
  }
}
