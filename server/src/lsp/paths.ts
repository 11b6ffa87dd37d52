import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { sourceUriOfRendering } from '../protocol';

/** The file-system path of a `file:` URI; null for other schemes (untitled:, vscode-notebook-cell:…) or a malformed URI. */
export function uriToPath(uri: string): string | null {
  if (!uri.startsWith('file:')) return null;
  try {
    return fileURLToPath(uri);
  } catch {
    return null;
  }
}

export function pathToUri(fsPath: string): string {
  return pathToFileURL(fsPath).href;
}

/** Whether `child` is `parent` or lies inside it. */
export function isInside(parent: string, child: string): boolean {
  const relative = path.relative(parent, child);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/**
 * The file a document's review belongs to: its own for a `file:` URI, the Word or
 * PDF file for a rendering (so it finds its folder's playbook and the drafts beside it).
 */
export function reviewedFilePath(uri: string): string | null {
  return uriToPath(sourceUriOfRendering(uri) ?? uri);
}
