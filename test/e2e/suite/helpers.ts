import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ContractReviewApi } from '../../../client/src/extension';

// Shared by the extension-host suites. Everything waits on an event or a
// promise the extension gives us; the deadlines only turn a hang into a failure
// with a description of what was last seen.

export const EXTENSION_ID = 'contract-review.contract-review';
export const DIAGNOSTIC_SOURCE = 'contract-review';
export const DRAFT_NAME = 'renewal-msa.md';
export const PLAYBOOK_NAME = '.contract-review.json';
const WAIT_MS = Number(process.env.E2E_WAIT_MS ?? 60_000);

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('The end-to-end suites need the fixture workspace open as a folder');
  return folder.uri;
}

export function workspaceFile(name: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), name);
}

export async function activateExtension(): Promise<ContractReviewApi> {
  const extension = vscode.extensions.getExtension<ContractReviewApi>(EXTENSION_ID);
  if (!extension) throw new Error(`Extension ${EXTENSION_ID} is not installed in this VS Code`);
  const api = await extension.activate();
  await api.ready;
  return api;
}

export async function openDraft(name = DRAFT_NAME): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(workspaceFile(name));
  return vscode.window.showTextDocument(document);
}

/** The rule id a diagnostic carries: its code, or the code's value when it links to the rule's documentation. */
export function ruleIdOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  if (code === undefined) return '';
  return typeof code === 'object' ? String(code.value) : String(code);
}

export function ourDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === DIAGNOSTIC_SOURCE);
}

export function ruleIds(diagnostics: readonly vscode.Diagnostic[]): string[] {
  return diagnostics.map(ruleIdOf).sort();
}

/**
 * Resolves with the document's Contract Review diagnostics once `accept` likes
 * them: checks what is there now, then again on every diagnostics change.
 */
export function waitForDiagnostics(
  uri: vscode.Uri,
  accept: (diagnostics: vscode.Diagnostic[]) => boolean,
  what: string,
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = (): boolean => {
      const current = ourDiagnostics(uri);
      if (!accept(current)) return false;
      finish();
      resolve(current);
      return true;
    };
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((changed) => changed.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      finish();
      reject(new Error(`Timed out waiting for ${what} on ${path.basename(uri.path)}; last seen: [${ruleIds(ourDiagnostics(uri)).join(', ')}]`));
    }, WAIT_MS);
    const finish = () => {
      clearTimeout(timer);
      subscription.dispose();
    };
    check();
  });
}

export function hasRule(ruleId: string): (diagnostics: vscode.Diagnostic[]) => boolean {
  return (diagnostics) => diagnostics.some((d) => ruleIdOf(d) === ruleId);
}

export function lacksRule(ruleId: string): (diagnostics: vscode.Diagnostic[]) => boolean {
  return (diagnostics) => !diagnostics.some((d) => ruleIdOf(d) === ruleId);
}

/** The range of the first occurrence of `text` in the document (the fixture is written so each phrase occurs once). */
export function rangeOfText(document: vscode.TextDocument, text: string): vscode.Range {
  const at = document.getText().indexOf(text);
  if (at < 0) throw new Error(`"${text}" is not in ${path.basename(document.uri.path)}`);
  return new vscode.Range(document.positionAt(at), document.positionAt(at + text.length));
}

export function describeRange(range: vscode.Range): string {
  return `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;
}

/**
 * Polls a condition that has no event of its own (a process that is not our
 * child starting or exiting), every 50 ms until it holds or the deadline passes.
 * Use an event whenever there is one.
 */
export function waitUntil(condition: () => boolean | Promise<boolean>, describeFailure: () => string): Promise<void> {
  const deadline = Date.now() + WAIT_MS;
  return new Promise((resolve, reject) => {
    const check = async () => {
      if (await condition()) resolve();
      else if (Date.now() > deadline) reject(new Error(`Timed out: ${describeFailure()}`));
      else setTimeout(() => void check(), 50);
    };
    void check();
  });
}
