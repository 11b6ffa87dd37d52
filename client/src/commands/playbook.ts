import * as vscode from 'vscode';
import { DEFAULT_PLAYBOOK_FILE_NAME, PlaybookTemplateRequest } from '../../../server/src/protocol';
import type { Session } from '../session';
import { describeError } from './target';

/**
 * "Contract Review: Create Playbook": writes `.contract-review.json` at the root
 * of a workspace folder (the one given, else the active draft's, else the first)
 * with the server's template: every threshold at its default, a comment on each.
 * An existing playbook is opened, never overwritten. Resolves with the file.
 */
export function createPlaybook(session: Session): (folder?: unknown) => Promise<vscode.Uri | undefined> {
  return async (folder) => {
    const root = folder instanceof vscode.Uri ? folder : folderOfActiveEditor();
    if (!root) {
      void vscode.window.showInformationMessage('Open a folder first: the playbook goes at the root of a workspace folder.');
      return undefined;
    }
    const target = vscode.Uri.joinPath(root, DEFAULT_PLAYBOOK_FILE_NAME);
    try {
      if (await exists(target)) {
        await vscode.window.showTextDocument(target);
        void vscode.window.showInformationMessage(`${vscode.workspace.asRelativePath(target)} already exists: it is open for editing.`);
        return target;
      }
      const text = await session.requestWithoutDocument(PlaybookTemplateRequest.type);
      await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
      await vscode.window.showTextDocument(target);
      return target;
    } catch (error) {
      void vscode.window.showErrorMessage(`Could not create the playbook: ${describeError(error)}`);
      return undefined;
    }
  };
}

function folderOfActiveEditor(): vscode.Uri | undefined {
  const document = vscode.window.activeTextEditor?.document;
  const folder = document ? vscode.workspace.getWorkspaceFolder(document.uri) : undefined;
  return (folder ?? vscode.workspace.workspaceFolders?.[0])?.uri;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
