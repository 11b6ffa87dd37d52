import type { WorkspaceFolder } from 'vscode-languageserver';
import { isInside, uriToPath } from './paths';

/** The workspace folders the client has open, as file-system paths. */
export class WorkspaceFolders {
  private folders: string[] = [];

  set(folders: readonly WorkspaceFolder[] | null | undefined, rootUri?: string | null): void {
    const uris = folders && folders.length > 0 ? folders.map((f) => f.uri) : rootUri ? [rootUri] : [];
    this.folders = uris.map(uriToPath).filter((p): p is string => p !== null);
  }

  change(added: readonly WorkspaceFolder[], removed: readonly WorkspaceFolder[]): void {
    const gone = new Set(removed.map((f) => uriToPath(f.uri)));
    const kept = this.folders.filter((f) => !gone.has(f));
    const fresh = added.map((f) => uriToPath(f.uri)).filter((p): p is string => p !== null);
    this.folders = [...kept, ...fresh];
  }

  /** The folder when exactly one is open: the natural home of an untitled document's playbook. */
  single(): string | null {
    return this.folders.length === 1 ? this.folders[0] : null;
  }

  /** The innermost folder holding `fsPath` (nested folders: the closest one wins), or null. */
  folderOf(fsPath: string): string | null {
    let best: string | null = null;
    for (const folder of this.folders) {
      if (isInside(folder, fsPath) && (best === null || folder.length > best.length)) best = folder;
    }
    return best;
  }
}
