import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { SourceFormat } from '../engine/model';
import { REVIEWED_LANGUAGE_IDS } from '../protocol';

export function isReviewed(document: TextDocument): boolean {
  return REVIEWED_LANGUAGE_IDS.includes(document.languageId);
}

/** Markdown documents, and `contract` documents saved as .md, are parsed as Markdown; the rest as plain text. */
export function formatOf(document: TextDocument): SourceFormat {
  if (document.languageId === 'markdown') return 'markdown';
  if (document.languageId === 'contract') {
    const path = document.uri.toLowerCase().split(/[?#]/, 1)[0];
    if (path.endsWith('.md') || path.endsWith('.markdown')) return 'markdown';
  }
  return 'plaintext';
}
