import * as vscode from 'vscode';
import { openDraft } from './helpers';

/**
 * The fixture draft with its text as saved on disk: suites that edit it put it
 * back, but one that read the words afterwards should not depend on that.
 */
export async function openSavedDraft(): Promise<vscode.TextEditor> {
  const editor = await openDraft();
  const { document } = editor;
  if (!document.isDirty) return editor;
  const saved = new TextDecoder().decode(await vscode.workspace.fs.readFile(document.uri));
  const whole = new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length));
  await editor.edit((edit) => edit.replace(whole, saved));
  await document.save();
  return editor;
}
