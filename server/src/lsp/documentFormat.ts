import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { SourceFormat } from '../engine/model';
import { DRAFT_EXTENSIONS_TEXT, formatForFileName, hasDraftExtension } from '../engine/parse/sourceFormat';

// Whether an open document is a draft, and how to read it. VS Code sends
// `markdown`, `plaintext` or `contract`; other editors send what their file
// types are called (Neovim: `text` for a .txt file) or nothing at all. So the
// language id decides when it is one we know, and the file's name otherwise.

/** Language ids that mean a draft, and how each is read (`contract` goes by its file name). */
const LANGUAGE_FORMATS: ReadonlyMap<string, SourceFormat | 'by-name'> = new Map([
  ['markdown', 'markdown'],
  ['plaintext', 'plaintext'],
  // Neovim's and Helix's name for plain text.
  ['text', 'plaintext'],
  ['contract', 'by-name'],
]);

export type DraftDecision =
  | { readonly reviewed: true; readonly format: SourceFormat; readonly by: 'language id' | 'file name' }
  | { readonly reviewed: false; readonly reason: string };

export function decideDraft(uri: string, languageId: string): DraftDecision {
  const name = fileNameOf(uri);
  const known = LANGUAGE_FORMATS.get(languageId);
  if (known !== undefined) return { reviewed: true, format: known === 'by-name' ? formatForFileName(name) : known, by: 'language id' };
  if (hasDraftExtension(name)) return { reviewed: true, format: formatForFileName(name), by: 'file name' };
  const language = languageId === '' ? 'it has no language id' : `its language id "${languageId}" is not one of ${[...LANGUAGE_FORMATS.keys()].join(', ')}`;
  const file = name === '' ? 'it has no file name' : `its name does not end in ${DRAFT_EXTENSIONS_TEXT}`;
  return { reviewed: false, reason: `${language}, and ${file}` };
}

export function isReviewed(document: TextDocument): boolean {
  return decideDraft(document.uri, document.languageId).reviewed;
}

/** How a reviewed document is parsed; plain text for anything else. */
export function formatOf(document: TextDocument): SourceFormat {
  const decision = decideDraft(document.uri, document.languageId);
  return decision.reviewed ? decision.format : 'plaintext';
}

/** The last segment of the URI's path, decoded: "msa%20v2.md" → "msa v2.md"; "" when there is none. */
function fileNameOf(uri: string): string {
  const withoutQuery = uri.split(/[?#]/, 1)[0];
  const afterScheme = withoutQuery.replace(/^[a-z][a-z0-9+.-]*:/i, '');
  const last = afterScheme.slice(afterScheme.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}
