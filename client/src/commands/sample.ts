import * as vscode from 'vscode';
import { SAMPLE_PATH } from './samplePath';
const EXTENSION_ID = 'contract-review.contract-review';

/**
 * "Contract Review: Open Sample Draft": the walkthrough's first step. Opens the
 * sample as an untitled Markdown document, so the user's folder stays untouched
 * and the review starts at once. Resolves with the document.
 */
export function openSample(): () => Promise<vscode.TextDocument | undefined> {
  return async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    if (!extension) return undefined;
    const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extension.extensionUri, SAMPLE_PATH));
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: new TextDecoder().decode(bytes) });
    await vscode.window.showTextDocument(document, { preview: false });
    return document;
  };
}
