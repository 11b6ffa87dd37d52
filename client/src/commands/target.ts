import * as vscode from 'vscode';
import { activeContractDocument } from '../documents';

// What the export commands share: which draft they work on, and where to save.

/**
 * The draft a command works on: the URI it was given (a code lens passes the
 * draft's, as a string), else the active editor's draft.
 */
export async function draftFor(arg: unknown): Promise<vscode.TextDocument | undefined> {
  const uri = arg instanceof vscode.Uri ? arg : typeof arg === 'string' && arg !== '' ? vscode.Uri.parse(arg) : undefined;
  if (uri) return vscode.workspace.openTextDocument(uri);
  const document = activeContractDocument();
  if (!document) void vscode.window.showInformationMessage('Open a contract draft (Markdown, plain text or .contract.md) in the editor first.');
  return document;
}

/**
 * Where to save a file made from the draft: `given` when a caller (a test, a
 * task) names it, else the user's choice in a save dialog that starts beside
 * the draft. Undefined when the user cancels.
 */
export async function saveTarget(document: vscode.TextDocument, fileName: string, filters: Record<string, string[]>, given: unknown): Promise<vscode.Uri | undefined> {
  if (given instanceof vscode.Uri) return given;
  if (typeof given === 'string' && given !== '') return vscode.Uri.parse(given);
  const folder = document.uri.scheme === 'file'
    ? vscode.Uri.joinPath(document.uri, '..')
    : vscode.workspace.workspaceFolders?.[0]?.uri;
  return vscode.window.showSaveDialog({ defaultUri: folder ? vscode.Uri.joinPath(folder, fileName) : undefined, filters, saveLabel: 'Save' });
}

export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
