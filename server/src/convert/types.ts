// What a converter hands back: a Markdown rendering of a Word or PDF draft that the
// engine reviews like any Markdown draft, plus what the reader should be told about it.

export type ConvertedKind = 'docx' | 'pdf';

export interface ConvertedDraft {
  readonly kind: ConvertedKind;
  /** The rendering. PDF page starts are marked with `<!-- page N -->` lines (HTML comments the parser ignores). */
  readonly markdown: string;
  /** Things the reader must know about the rendering ("tracked changes were accepted"), in plain sentences. */
  readonly notes: readonly string[];
  /** PDF only: how many pages the file has. */
  readonly pageCount?: number;
}

/** Why a file could not be converted; `message` is the one sentence shown to the user. */
export type ConversionFailure = 'corrupt' | 'encrypted' | 'empty' | 'unsupported';

export type ConversionResult =
  | { readonly ok: true; readonly draft: ConvertedDraft }
  | { readonly ok: false; readonly failure: ConversionFailure; readonly message: string };

/** Pages done so far out of the total; PDFs report one call per page. */
export type ConversionProgress = (done: number, total: number) => void;

/** File name endings this module converts, lower case with the dot. */
export const CONVERTED_EXTENSIONS: readonly string[] = ['.docx', '.pdf'];

export function convertedKindOf(path: string): ConvertedKind | null {
  const lower = path.toLowerCase().split(/[?#]/, 1)[0];
  if (lower.endsWith('.docx')) return 'docx';
  if (lower.endsWith('.pdf')) return 'pdf';
  return null;
}
