import type { Contract, Span } from '../../model';
import { documentSentences, sharedValue } from '../sentenceIndex';

// The DPA and exit readers test a handful of cue patterns against every
// sentence, so each sentence's text is lowered once here. Inline HTML tags
// (Common Paper's `<span class="…">` markup) are blanked with spaces of the same
// length, so patterns see the words and offsets stay those of the document.

export interface ScannedSentence {
  readonly span: Span;
  /** Lower-case sentence text, tags blanked; same length as the span. */
  readonly lower: string;
  readonly headingIndex: number;
  readonly clauseIndex: number;
}

/**
 * Every sentence of the draft, shared by the DPA and exit readers (built once
 * per contract). A sentence's lower-case text is made the first time a reader
 * asks for it: readers that pick their candidate sentences first never pay
 * for the rest.
 */
export function scanSentences(contract: Contract): readonly ScannedSentence[] {
  return sharedValue(contract, 'dpa/scanSentences', () =>
    documentSentences(contract).map((s) => new LazySentence(contract.normalized, s.sentence.span, s.headingIndex, s.clauseIndex)));
}

class LazySentence implements ScannedSentence {
  private text: string | undefined;

  constructor(
    private readonly normalized: string,
    readonly span: Span,
    readonly headingIndex: number,
    readonly clauseIndex: number,
  ) {}

  get lower(): string {
    this.text ??= blankTags(this.normalized.slice(this.span.start, this.span.end)).toLowerCase();
    return this.text;
  }
}

/** Replaces `<…>` tags (at most 200 characters, no nested `<`) with spaces. */
export function blankTags(text: string): string {
  if (!text.includes('<')) return text;
  let out = '';
  let i = 0;
  while (i < text.length) {
    const close = text[i] === '<' ? tagEnd(text, i) : -1;
    if (close > 0) {
      out += ' '.repeat(close + 1 - i);
      i = close + 1;
    } else {
      out += text[i];
      i++;
    }
  }
  return out;
}

function tagEnd(text: string, open: number): number {
  const next = text.charCodeAt(open + 1);
  // A tag starts with a letter or '/': "a < b" is text.
  if (!(next === 47 || (next >= 65 && next <= 90) || (next >= 97 && next <= 122))) return -1;
  const limit = Math.min(text.length, open + 200);
  for (let j = open + 1; j < limit; j++) {
    if (text[j] === '>') return j;
    if (text[j] === '<' || text[j] === '\n') return -1;
  }
  return -1;
}

/** The span of the first match of `pattern` inside the sentence, in document offsets. */
export function matchSpan(sentence: ScannedSentence, pattern: RegExp): Span | null {
  const m = pattern.exec(sentence.lower);
  return m ? { start: sentence.span.start + m.index, end: sentence.span.start + m.index + m[0].length } : null;
}

/** Lower-case heading titles with tags blanked, by heading index. */
export function headingTitles(contract: Contract): string[] {
  return contract.headings.map((h) => blankTags(h.title).toLowerCase());
}

/**
 * The document's first line of contract text: where "missing" findings go when no section fits.
 * Read on the normalised text, so a disable comment or front matter above the title is not the
 * title (a "disable for this line" comment written above line 1 must cover the finding there).
 */
export function titleLine(contract: Contract): Span {
  const text = contract.normalized;
  let start = 0;
  while (start < text.length && /\s/.test(text[start])) start++;
  let end = start;
  while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
  return { start, end };
}
