import type { Contract, Span } from '../../model';
import { documentSentences, sentencesMentioning, sentencesMentioningAll, stems, unionOf } from '../sentenceIndex';

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

// One literal word from each alternative of the readers' first cue patterns
// (keep in step with them): SLA_CUE and the uptime, measurement, credit,
// maintenance, support-response and performance-standard cues.
const SLA_STEMS = stems(
  'uptime', 'availab', 'downtime', 'level', 'sla', 'credit', 'outage',
  'measur', 'calculat',
  'maintenance', 'emergency',
  'respon', 'acknowledg', 'resolution', 'resolve',
  'latency', 'trip', 'mos', 'opinion', 'quality', 'call', 'dial', 'seizure', 'packet', 'jitter',
);
/** A chronic-failure exit names the level it protects (with "terminat"); the SLA stems hold the rest. */
const CHRONIC_LEVEL_STEMS = stems('target', 'commit');
const TERMINATE_STEM = stems('terminat');
const EXCLUDED_STEM = stems('excluded');
/** Causes carved out of the uptime maths, read outside SLA sections beside "excluded minutes/time/events". */
const CARVE_OUT_CAUSE_STEMS = stems(
  'degrad', 'partial', 'slow', 'performance', 'intermittent',
  'region', 'geographic', 'single', 'zone', 'locali', 'specific',
  'third', 'carrier', 'telecom', 'internet', 'isp', 'pstn', 'anyone',
  'majeure', 'beyond', 'god',
);

/**
 * The sentences any SLA reader can act on, in document order: those in a
 * section whose heading is about service levels or support, and those that
 * mention a word one of the readers' cue patterns needs (SLA_STEMS). Every
 * other sentence fails the first pattern of every reader, so skipping it
 * changes no reading.
 */
export function slaSentences(contract: Contract): SlaSentence[] {
  const headingCue = contract.headings.map((h) => HEADING_CUE.test(h.title.toLowerCase()));
  const supportHeading = contract.headings.map((h) => SUPPORT_HEADING.test(h.title.toLowerCase()));
  const all = documentSentences(contract);
  const bySection: number[] = [];
  all.forEach((s, i) => {
    if (s.headingIndex >= 0 && (headingCue[s.headingIndex] || supportHeading[s.headingIndex])) bySection.push(i);
  });
  const indexes = unionOf(
    all.length,
    bySection,
    sentencesMentioning(contract, SLA_STEMS),
    sentencesMentioningAll(contract, TERMINATE_STEM, CHRONIC_LEVEL_STEMS),
    sentencesMentioningAll(contract, EXCLUDED_STEM, CARVE_OUT_CAUSE_STEMS),
  );
  const out: SlaSentence[] = [];
  for (const i of indexes) {
    const { sentence, headingIndex } = all[i];
    const inSlaSection = headingIndex >= 0 && headingCue[headingIndex];
    const cased = blankMarkup(contract.normalized.slice(sentence.span.start, sentence.span.end));
    const lower = cased.toLowerCase();
    out.push({ span: sentence.span, lower, cased, headingIndex, slaContext: inSlaSection || SLA_CUE.test(lower) });
  }
  return out;
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
  const defined = new Set(contract.definedTerms.map((d) => d.term.toLowerCase()));
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
