import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { DRAFT_NAME, openDraft } from './helpers';

// The compiled suites sit in .vscode-test/e2e-suites: the fixture is two levels up.
const FIXTURE = path.join(__dirname, '..', '..', 'test', 'e2e', 'fixtures', 'workspace', DRAFT_NAME);

/**
 * The fixture draft with its original text. Suites that edit it try to put it
 * back, but the workbench may have saved an edit meanwhile (auto-save), so a
 * suite that reads the words starts from the fixture as committed.
 */
export async function openSavedDraft(): Promise<vscode.TextEditor> {
  const editor = await openDraft();
  const { document } = editor;
  const original = fs.readFileSync(FIXTURE, 'utf8');
  if (document.getText() !== original) {
    const whole = new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length));
    await editor.edit((edit) => edit.replace(whole, original));
  }
  if (document.isDirty) await document.save();
  return editor;
}
