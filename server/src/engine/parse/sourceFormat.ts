import type { SourceFormat } from '../model';

// Which file names hold drafts, and how each is read. One answer for the CLI,
// the language server (when the editor's language id says nothing useful) and
// the sibling drafts, so a file is never Markdown to one and plain text to another.

const MARKDOWN_EXTENSIONS: readonly string[] = ['.md', '.markdown'];
const TEXT_EXTENSIONS: readonly string[] = ['.txt'];
/** `msa.contract.md`, `msa.contract.txt`, `msa.contract.rtf`: the `contract` language's own names. */
const CONTRACT_INFIX = '.contract.';

/** The extensions that mark a draft, for messages. */
export const DRAFT_EXTENSIONS_TEXT = '.md, .markdown, .txt, .contract.*';

/** Markdown for .md and .markdown names (msa.contract.md too), plain text for every other name. */
export function formatForFileName(name: string): SourceFormat {
  const lower = name.toLowerCase();
  return MARKDOWN_EXTENSIONS.some((ext) => lower.endsWith(ext)) ? 'markdown' : 'plaintext';
}

/** Whether a file's name alone says it is a draft: .md, .markdown, .txt or .contract.<anything>. */
export function hasDraftExtension(name: string): boolean {
  const lower = name.toLowerCase();
  if ([...MARKDOWN_EXTENSIONS, ...TEXT_EXTENSIONS].some((ext) => lower.endsWith(ext))) return true;
  const at = lower.lastIndexOf(CONTRACT_INFIX);
  // "x.contract.md" yes; ".contract." as the whole name or with nothing after it, no.
  return at > 0 && at + CONTRACT_INFIX.length < lower.length && !lower.slice(at + CONTRACT_INFIX.length).includes('.');
}
