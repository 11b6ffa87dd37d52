import { readFileSync, statSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import type { SourceFormat } from '../engine/model';
import type { ConvertedKind } from '../convert/types';
import { decodeDraft } from './decode';

/** The name used for standard input in every output format. */
export const STDIN_NAME = '<stdin>';

export interface Draft {
  /** As the user wrote it on the command line, or STDIN_NAME. */
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

export function formatForPath(path: string): SourceFormat {
  const ext = extname(path).toLowerCase();
  return ext === '.md' || ext === '.markdown' ? 'markdown' : 'plaintext';
}

/** `stdin` is read by the caller (once, however often "-" appears) and passed in. */
export function readDraft(path: string, cwd: string, stdin: () => Uint8Array): DraftResult {
  const fromStdin = path === '-';
  const name = fromStdin ? STDIN_NAME : path;
  let bytes: Uint8Array;
  if (fromStdin) {
    bytes = stdin();
  } else {
    const fullPath = resolve(cwd, path);
    const problem = unreadableReason(fullPath);
    if (problem) return { ok: false, message: `cannot review ${path}: ${problem}` };
    try {
      bytes = readFileSync(fullPath);
    } catch (error) {
      return { ok: false, message: `cannot review ${path}: ${describeFsError(error)}` };
    }
  }
  const decoded = decodeDraft(bytes);
  if (!decoded.ok) return { ok: false, message: `cannot review ${name}: ${decoded.reason}` };
  const draft: Draft = { path: name, fromStdin, text: decoded.text, format: fromStdin ? 'plaintext' : formatForPath(path) };
  return decoded.warning ? { ok: true, draft, warning: `${name}: ${decoded.warning}` } : { ok: true, draft };
}

function unreadableReason(path: string): string | null {
  try {
    const stats = statSync(path);
    if (stats.isDirectory()) return 'it is a directory; name the draft files inside it';
    if (!stats.isFile() && !stats.isFIFO() && !stats.isCharacterDevice()) return 'it is not a regular file';
    return null;
  } catch (error) {
    return describeFsError(error);
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
