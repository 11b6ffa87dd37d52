import * as vscode from 'vscode';
import { RENDERING_SCHEME, REVIEWED_LANGUAGE_IDS } from '../../server/src/protocol';

// Which editors hold a contract draft: the languages and schemes the server reviews.

const CONTRACT_LANGUAGES: ReadonlySet<string> = new Set(REVIEWED_LANGUAGE_IDS);
// Renderings of Word and PDF files are read-only Markdown drafts the server reviews too.
const CONTRACT_SCHEMES: ReadonlySet<string> = new Set(['file', 'untitled', RENDERING_SCHEME]);

export function isContractDocument(document: vscode.TextDocument): boolean {
  return CONTRACT_LANGUAGES.has(document.languageId) && CONTRACT_SCHEMES.has(document.uri.scheme);
}

/** The active editor's draft, or undefined when the active editor holds something else. */
export function activeContractDocument(): vscode.TextDocument | undefined {
  const document = vscode.window.activeTextEditor?.document;
  return document && isContractDocument(document) ? document : undefined;
}

export function toRange(range: { start: { line: number; character: number }; end: { line: number; character: number } }): vscode.Range {
  return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}
