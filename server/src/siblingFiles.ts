import { readdirSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { readBoundedSync } from './boundedRead';
import type { SiblingDraft } from './engine/siblings';
import { decodeDraft } from './cli/decode';

// The other drafts of a deal usually sit in one folder (MSA, DPA, SLA exhibit,
// order form). The CLI and the language server read them here and pass their
// text to the engine, which stays free of file access.

/** At most this many sibling drafts are read, in name order. */
export const MAX_SIBLINGS = 20;
/** Larger files are skipped: they are not drafts, or would slow every review. */
export const MAX_SIBLING_BYTES = 2 * 1024 * 1024;

const DRAFT_EXTENSIONS = new Set(['.md', '.markdown', '.txt']);

/** Whether a file of this name is read as a sibling draft: .md/.markdown/.txt, not hidden. */
export function isDraftFileName(name: string): boolean {
  return !name.startsWith('.') && DRAFT_EXTENSIONS.has(extname(name).toLowerCase());
}

interface CachedFile {
  readonly mtimeMs: number;
  readonly size: number;
  readonly text: string | null;
}

/** Decoded files by path and modification time, so a review per keystroke does not re-read the folder's files. */
const cache = new Map<string, CachedFile>();

/** The .md/.txt drafts beside `filePath` (not the file itself), named by file name; [] when the folder cannot be read. */
export function readSiblingDrafts(filePath: string): SiblingDraft[] {
  const self = resolve(filePath);
  const folder = dirname(self);
  let names: string[];
  try {
    names = readdirSync(folder).sort();
  } catch {
    return [];
  }
  const drafts: SiblingDraft[] = [];
  for (const name of names) {
    if (drafts.length >= MAX_SIBLINGS) break;
    const path = join(folder, name);
    if (path === self || !isDraftFileName(name)) continue;
    const text = readDraftText(path);
    if (text !== null) drafts.push({ path: basename(path), text });
  }
  return drafts;
}

function readDraftText(path: string): string | null {
  try {
    const stats = statSync(path);
    if (!stats.isFile() || stats.size > MAX_SIBLING_BYTES) return null;
    const cached = cache.get(path);
    if (cached && cached.mtimeMs === stats.mtimeMs && cached.size === stats.size) return cached.text;
    // Checked again through the open file: the name may have been pointed at a device meanwhile.
    const read = readBoundedSync(path, MAX_SIBLING_BYTES);
    const decoded = read.ok ? decodeDraft(read.bytes) : null;
    const text = decoded?.ok ? decoded.text : null;
    cache.set(path, { mtimeMs: stats.mtimeMs, size: stats.size, text });
    return text;
  } catch {
    return null;
  }
}
