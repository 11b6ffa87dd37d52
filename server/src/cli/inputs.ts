import { resolve } from 'node:path';
import { readBoundedSync, type BoundedRead } from '../boundedRead';
import type { SourceFormat } from '../engine/model';
import { formatForFileName } from '../engine/parse/sourceFormat';
import type { ConvertedKind } from '../convert/types';
import { DRAFT_TOO_LARGE, MAX_DRAFT_BYTES, MAX_DRAFT_CHARACTERS } from '../inputLimits';
import type { StdinOptions } from './args';
import { decodeDraft } from './decode';

/** The name used for standard input in every output format. */
export const STDIN_NAME = '<stdin>';

export interface Draft {
  /** As the user wrote it on the command line; for standard input, --stdin-filename or STDIN_NAME. */
  readonly path: string;
  readonly fromStdin: boolean;
  readonly text: string;
  readonly format: SourceFormat;
  /** Set when `text` is the Markdown rendering of a Word or PDF file. */
  readonly converted?: { readonly kind: ConvertedKind; readonly notes: readonly string[] };
}

export type DraftResult =
  | { readonly ok: true; readonly draft: Draft; readonly warning?: string }
  | { readonly ok: false; readonly message: string };

/** How standard input is read when the command line says nothing about it. */
export const DEFAULT_STDIN: StdinOptions = { format: 'markdown', filename: null };

/**
 * `stdin` is read by the caller (once, however often "-" appears) and passed in;
 * null when it held more than MAX_DRAFT_BYTES.
 */
export function readDraft(path: string, cwd: string, stdin: () => Uint8Array | null, stdinOptions: StdinOptions = DEFAULT_STDIN): DraftResult {
  const fromStdin = path === '-';
  const name = fromStdin ? stdinOptions.filename ?? STDIN_NAME : path;
  let bytes: Uint8Array;
  if (fromStdin) {
    const read = stdin();
    if (read === null) return { ok: false, message: `cannot review ${name}: it is ${DRAFT_TOO_LARGE}` };
    bytes = read;
  } else {
    const read = readBoundedSync(resolve(cwd, path), MAX_DRAFT_BYTES);
    if (!read.ok) return { ok: false, message: `cannot review ${path}: ${unreadableReason(read)}` };
    bytes = read.bytes;
  }
  const decoded = decodeDraft(bytes);
  if (!decoded.ok) return { ok: false, message: `cannot review ${name}: ${decoded.reason}` };
  if (decoded.text.length > MAX_DRAFT_CHARACTERS) return { ok: false, message: `cannot review ${name}: it is ${DRAFT_TOO_LARGE}` };
  const draft: Draft = { path: name, fromStdin, text: decoded.text, format: fromStdin ? stdinOptions.format : formatForFileName(path) };
  return decoded.warning ? { ok: true, draft, warning: `${name}: ${decoded.warning}` } : { ok: true, draft };
}

function unreadableReason(read: Exclude<BoundedRead, { ok: true }>): string {
  switch (read.reason) {
    case 'too-large': return `it is ${DRAFT_TOO_LARGE}`;
    case 'error': return describeFsError(read.error);
    case 'not-regular':
      // Only regular files are read: a device or a pipe may never end. Standard input is bounded, so "-" takes their output.
      return read.kind === 'a directory'
        ? 'it is a directory; name the draft files inside it'
        : `it is ${read.kind}, not a regular file; to review what a command prints, pipe it into "contract-review -"`;
  }
}

export function describeFsError(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  switch (code) {
    case 'ENOENT': return 'no such file';
    case 'EACCES':
    case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'it is a directory';
    default: return error instanceof Error ? error.message : String(error);
  }
}
