import * as path from 'node:path';
import { DEFAULT_PLAYBOOK_FILE_NAME } from '../protocol';
import { reviewedFilePath } from './paths';
import type { WorkspaceFolders } from './workspaceFolders';

export interface PlaybookLocation {
  /** Absolute path of the playbook file, or null when there is nowhere to look (an untitled document). */
  readonly path: string | null;
  /** true when the user named the file in the settings: a missing file then deserves a warning. */
  readonly explicit: boolean;
}

/**
 * Where the playbook for a document lives: the `contractReview.playbook` setting
 * (relative to the document's workspace folder, else to the document's own
 * directory; an untitled document uses the only workspace folder), or
 * `.contract-review.json` at that same base.
 */
export function locatePlaybook(documentUri: string, setting: string, folders: WorkspaceFolders): PlaybookLocation {
  const explicit = setting !== '';
  if (explicit && path.isAbsolute(setting)) return { path: path.normalize(setting), explicit };

  const documentPath = reviewedFilePath(documentUri);
  const base = documentPath === null ? folders.single() : folders.folderOf(documentPath) ?? path.dirname(documentPath);
  if (base === null) return { path: null, explicit };
  return { path: path.resolve(base, explicit ? setting : DEFAULT_PLAYBOOK_FILE_NAME), explicit };
}
