import * as path from 'node:path';
import type { TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { SiblingDraft } from '../engine/siblings';
import { isDraftFileName, MAX_SIBLING_BYTES, MAX_SIBLINGS, readSiblingDrafts } from '../siblingFiles';
import { uriToPath } from './paths';

// The other drafts of a deal as the editor sees them: the files saved beside
// the draft, with the text of any that is open in the editor (perhaps edited,
// not yet saved) in place of the saved one. Each folder counts the changes to
// its drafts, so a cached review can tell that its siblings moved on.

export class SiblingDrafts {
  private readonly generations = new Map<string, number>();

  constructor(private readonly documents: TextDocuments<TextDocument>) {}

  /** The drafts beside `filePath`, not the file itself, in name order. */
  read(filePath: string): SiblingDraft[] {
    const self = path.resolve(filePath);
    const folder = path.dirname(self);
    const byName = new Map(readSiblingDrafts(self).map((draft) => [draft.path, draft]));
    for (const document of this.documents.all()) {
      const open = draftPath(document.uri);
      if (!open || open === self || path.dirname(open) !== folder) continue;
      const text = document.getText();
      if (text.length <= MAX_SIBLING_BYTES) byName.set(path.basename(open), { path: path.basename(open), text });
    }
    return [...byName.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)).slice(0, MAX_SIBLINGS);
  }

  /** How many times the drafts in the folder of `filePath` have changed. */
  generation(filePath: string): number {
    return this.generations.get(path.dirname(path.resolve(filePath))) ?? 0;
  }

  /**
   * A draft was saved, created, deleted, edited or closed: the reviews of the
   * other drafts in its folder are out of date. Returns the URIs of those that
   * are open, to review again; [] when the URI is not a draft file.
   */
  changed(uri: string): string[] {
    const changedPath = draftPath(uri);
    if (!changedPath) return [];
    const folder = path.dirname(changedPath);
    this.generations.set(folder, (this.generations.get(folder) ?? 0) + 1);
    return this.documents.all()
      .map((d) => d.uri)
      .filter((other) => {
        const otherPath = uriToPath(other);
        return otherPath !== null && path.resolve(otherPath) !== changedPath && path.dirname(path.resolve(otherPath)) === folder;
      });
  }
}

/** The resolved path of a `file:` URI naming a draft file, else null. */
function draftPath(uri: string): string | null {
  const filePath = uriToPath(uri);
  return filePath !== null && isDraftFileName(path.basename(filePath)) ? path.resolve(filePath) : null;
}
