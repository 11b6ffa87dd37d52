import type { Contract, Span } from '../../model';
import { documentSentences, sharedValue } from '../sentenceIndex';

// The SLA readers look at sentences as lower-case text with markup blanked out
// (HTML tags and Markdown emphasis become spaces, so offsets still line up).
// Standard terms published as Markdown wrap defined terms in <span> tags.

export interface SlaSentence {
  readonly span: Span;
  /** Lower case, markup blanked; the same length as the span. */
  readonly lower: string;
  /** As written (markup blanked), for reading capitalised defined terms. */
  readonly cased: string;
  /** Index into Contract.headings of the section holding the sentence, or -1. */
  readonly headingIndex: number;
  /** The sentence or its section heading talks about service levels. */
  readonly slaContext: boolean;
}

/** Words that make a sentence about service levels (linear alternation of literals). */
export const SLA_CUE = /\buptime|\bavailability\b|\bdowntime|\bservice levels?\b|\bsla\b|\bservice credits?\b|\boutages?\b/;
const HEADING_CUE = /\buptime|\bavailab|\bdowntime|\bservice levels?\b|\bsla\b|\bcredit|\boutage|\bremed/;
/** Support sections: the support-response reader reads every sentence under them. */
export const SUPPORT_HEADING = /\bsupport|\brespon|\bseverit|\bincident/;

/**
 * The draft's sentences as the SLA readers see them, built on demand: a reader
 * asks for the sentences that can matter to it (see candidates.ts) and only
 * those are sliced, blanked and lower-cased, each once per contract.
 */
export interface SlaText {
  /** Number of sentences in the draft. */
  readonly count: number;
  /** Indexes of the sentences under a heading about service levels. */
  readonly inSlaSection: readonly number[];
  /** Indexes of the sentences under a support heading. */
  readonly inSupportSection: readonly number[];
  /** The sentences at `indexes` (ascending), in document order. */
  pick(indexes: readonly number[]): SlaSentence[];
}

export function slaText(contract: Contract): SlaText {
  return sharedValue(contract, 'sla/text', () => buildSlaText(contract));
}

function buildSlaText(contract: Contract): SlaText {
  const headingCue = contract.headings.map((h) => HEADING_CUE.test(h.title.toLowerCase()));
  const supportHeading = contract.headings.map((h) => SUPPORT_HEADING.test(h.title.toLowerCase()));
  const all = documentSentences(contract);
  const inSlaSection: number[] = [];
  const inSupportSection: number[] = [];
  all.forEach((s, i) => {
    if (s.headingIndex < 0) return;
    if (headingCue[s.headingIndex]) inSlaSection.push(i);
    if (supportHeading[s.headingIndex]) inSupportSection.push(i);
  });
  const built = new Map<number, SlaSentence>();
  const sentenceAt = (i: number): SlaSentence => {
    let found = built.get(i);
    if (!found) {
      const { sentence, headingIndex } = all[i];
      const inSection = headingIndex >= 0 && headingCue[headingIndex];
      const cased = blankMarkup(contract.normalized.slice(sentence.span.start, sentence.span.end));
      const lower = cased.toLowerCase();
      found = { span: sentence.span, lower, cased, headingIndex, slaContext: inSection || SLA_CUE.test(lower) };
      built.set(i, found);
    }
    return found;
  };
  return { count: all.length, inSlaSection, inSupportSection, pick: (indexes) => indexes.map(sentenceAt) };
}

/** Replaces `<…>` tags and `*`/`_` emphasis marks with spaces, keeping every offset. */
export function blankMarkup(text: string): string {
  // Most sentences carry no markup: skip the character-by-character copy for them.
  if (!/[<*_]/.test(text)) return text;
  let out = '';
  let inTag = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inTag) {
      out += ' ';
      if (ch === '>') inTag = false;
    } else if (ch === '<' && /[a-zA-Z/]/.test(text[i + 1] ?? '')) {
      inTag = true;
      out += ' ';
    } else if (ch === '*' || ch === '_') {
      out += ' ';
    } else {
      out += ch;
    }
  }
  return out;
}

/** Sub-spans of a sentence split at line breaks and semicolons: the rows of a tier table or list. */
export function rowsOf(sentence: SlaSentence): Span[] {
  const rows: Span[] = [];
  let start = 0;
  for (let i = 0; i <= sentence.lower.length; i++) {
    const ch = sentence.lower[i];
    if (i === sentence.lower.length || ch === '\n' || ch === ';') {
      if (sentence.lower.slice(start, i).trim().length > 0) rows.push({ start: sentence.span.start + start, end: sentence.span.start + i });
      start = i + 1;
    }
  }
  return rows;
}

/** The lower-case text of `span`, which lies inside `sentence`. */
export function lowerOf(sentence: SlaSentence, span: Span): string {
  return sentence.lower.slice(span.start - sentence.span.start, span.end - sentence.span.start);
}

/** Capitalised terms that name a service level set elsewhere ("Target Uptime"), when this draft does not define them. */
export function undefinedTermWith(contract: Contract, sentence: SlaSentence, keyword: RegExp): string | null {
  const defined = sharedValue(contract, 'sla/definedTerms', () => new Set(contract.definedTerms.map((d) => d.term.toLowerCase())));
  const words = sentence.cased.split(/[^A-Za-z'-]+/);
  for (let i = 0; i < words.length; i++) {
    if (!keyword.test(words[i]) || !isCapitalised(words[i])) continue;
    // Grow the term leftwards and rightwards over capitalised words: "Target Response Time".
    let from = i;
    while (from > 0 && from > i - 3 && isCapitalised(words[from - 1]) && !STOP.has(words[from - 1])) from--;
    let to = i;
    while (to + 1 < words.length && to < i + 2 && isCapitalised(words[to + 1]) && !STOP.has(words[to + 1])) to++;
    if (to === from) continue;
    const term = words.slice(from, to + 1).join(' ');
    if (!defined.has(term.toLowerCase())) return term;
  }
  return null;
}

const STOP = new Set(['The', 'If', 'A', 'An', 'Provider', 'Customer', 'Cloud', 'Service', 'This', 'Any', 'Each', 'Such', 'SLA']);

function isCapitalised(word: string | undefined): boolean {
  return word !== undefined && word.length > 1 && word[0] >= 'A' && word[0] <= 'Z';
}
