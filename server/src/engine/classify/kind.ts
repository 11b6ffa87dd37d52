// What sort of document the draft is: a whole agreement (MSA), or one of the
// papers that hang off it (SLA exhibit, DPA, order form). "Missing X" rules
// depend on it, so a wrong 'sla' or 'dpa' is worse than 'unknown': titles and
// headings decide first, body text only breaks ties.
import type { DocumentKind, Heading } from '../model';

export interface KindSignals {
  readonly normalized: string;
  readonly headings: readonly Heading[];
}

/** Where a title can be: the first few lines within this many characters. */
const TITLE_ZONE = 3000;
const TITLE_LINES = 4;
const TITLE_LINE = 150;
const LONG_LINE_PREFIX = 100;

const TITLE_PATTERNS: readonly (readonly [DocumentKind, RegExp])[] = [
  ['dpa', /\bdata (?:processing|protection) (?:agreement|addendum|terms|exhibit|schedule|annex)|\bdpa\b|\bprivacy addendum/],
  ['sla', /\bservice levels?\b|\bsla\b/],
  ['order-form', /\border form\b|\bordering document|\bquot(?:e|ation)\b|\bstatement of work\b|\bsow\b|\b(?:purchase|service|sales) order\b/],
  ['msa', new RegExp(
    '\\bmaster [a-z -]{0,40}agreement|\\bterms of (?:service|use)\\b|\\b(?:general|standard) terms\\b|\\bterms and conditions\\b|' +
    '\\b(?:cloud|subscription|saas|software as a service|hosted|hosting|services?|platform|customer|enterprise|license|licen[cs]e and services?) ' +
    '(?:services? )?agreement\\b',
  )],
];

/** Headings an MSA has and its exhibits mostly lack. */
const MSA_SECTIONS: readonly RegExp[] = [
  /\bterm\b|\bterminat|\brenewal/,
  /\bfees?\b|\bpayment|\bpricing|\binvoic|\bcharges\b/,
  /\bconfidential/,
  /\bliabilit/,
  /\bgoverning law|\bjurisdiction|\bapplicable law|\bdispute/,
  /\bindemni/,
  /\bwarrant/,
];
const SLA_SECTIONS: readonly RegExp[] = [
  /\buptime|\bavailability/, /\bservice credit/, /\bdowntime|\boutage/, /\bservice levels?\b|\bsla\b/,
  /\bresponse times?|\bseverity/, /\bmaintenance/,
];
const DPA_SECTIONS: readonly RegExp[] = [
  /\bsub-?processor/, /\bdata subject/, /\bpersonal data/, /\bsecurity incident|\bdata breach|\bpersonal data breach/,
  /\btransfers?\b/, /\bcontroller|\bprocessor\b|\bprocessing\b/, /\bgdpr|\bccpa/,
];
const FEES = /\bfees?\b|\bpric(?:e|ing)\b|\$ ?\d|\bUSD\b/i;
const TERM = /\b(?:subscription|initial|service) (?:term|period)\b|\bterm of\b|\b\d+ months\b/i;

/** Body-text phrases of a whole agreement, used only when titles and headings are silent. */
const MSA_PHRASES: readonly RegExp[] = [
  /limitation of liability|limitations of liability/i, /governing law|governed by the laws/i,
  /confidential information/i, /indemnif/i, /terminat/i, /\bfees\b/i,
];

export function detectKind(signals: KindSignals): DocumentKind {
  const titleKind = kindFromTitles(titleCandidates(signals));
  const headingTitles = signals.headings.map((h) => h.title.toLowerCase());
  const msaSections = countMatched(MSA_SECTIONS, headingTitles);

  if (titleKind === 'msa') return 'msa';
  // The brief for an order form: it sells something (fees) for a period (a term).
  if (titleKind === 'order-form' && !(FEES.test(signals.normalized) && TERM.test(signals.normalized))) return 'unknown';
  // An SLA or DPA title on a document with a whole agreement's sections is an MSA
  // that carries the exhibit (or starts with it).
  if (titleKind !== 'unknown') return msaSections >= 4 ? 'msa' : titleKind;
  if (msaSections >= 3) return 'msa';
  if (msaSections <= 1 && countMatched(SLA_SECTIONS, headingTitles) >= 3) return 'sla';
  if (msaSections <= 2 && countMatched(DPA_SECTIONS, headingTitles) >= 3) return 'dpa';
  return countMatched(MSA_PHRASES, [signals.normalized]) >= 5 ? 'msa' : 'unknown';
}

/** The first lines of the document, the first heading, and the "This … Agreement" phrase of the preamble. */
function titleCandidates({ normalized, headings }: KindSignals): string[] {
  const candidates: string[] = [];
  const zone = normalized.slice(0, TITLE_ZONE);
  let seen = 0;
  for (const line of zone.split(/\r\n|\r|\n/)) {
    const trimmed = line.trim();
    if (trimmed.length === 0) continue;
    if (++seen > TITLE_LINES) break;
    // A whole paragraph on one line may open with the title ("EXHIBIT B SERVICE LEVEL AGREEMENT This …"),
    // but only the first line: later long lines are body text.
    if (trimmed.length <= TITLE_LINE) candidates.push(trimmed);
    else if (seen === 1) candidates.push(trimmed.slice(0, LONG_LINE_PREFIX));
  }
  if (headings.length > 0) candidates.push(headings[0].title);
  const preamble = /\b[Tt]his ((?:[A-Z][A-Za-z-]* ){0,6}(?:Agreement|Addendum|Order Form|Statement of Work|Exhibit|Schedule|Order))\b/.exec(
    zone.slice(0, 1500),
  );
  if (preamble) candidates.push(preamble[1]);
  return candidates.map((c) => c.replace(/[*_#]+/g, ' ').replace(/ +/g, ' ').toLowerCase());
}

function kindFromTitles(candidates: readonly string[]): DocumentKind {
  for (const candidate of candidates) {
    for (const [kind, pattern] of TITLE_PATTERNS) {
      if (pattern.test(candidate)) return kind;
    }
  }
  return 'unknown';
}

function countMatched(patterns: readonly RegExp[], texts: readonly string[]): number {
  let count = 0;
  for (const pattern of patterns) {
    if (texts.some((t) => pattern.test(t))) count++;
  }
  return count;
}
