import type { Contract, DateFact, Span } from '../model';
import { sentenceAt } from '../classify/topics';
import { allSentences } from './cueSentences';

// When the agreement takes effect. Drafts say it in several places, and the more
// explicit wording wins over the less explicit, wherever it sits:
//   1. a definition: `"Effective Date" means March 3, 2003`, `January 1, 2012 (the "Effective Date")`;
//   2. effective wording: "effective as of October 15, 2004", "shall come into force on 1 January 2013";
//   3. the start of the term: "The term of this Agreement shall commence on July 19, 1999";
//   4. the date the agreement is made: "made this 5th day of December, 2007", "dated as of";
//   5. the date of the last signature, when the draft says the agreement starts then;
//   6. another date in a preamble sentence about the agreement.
// Within one kind the first in the document wins.

export interface DatedTerm {
  readonly iso: string;
  readonly span: Span;
}

/** How far back from a date its cue and subject may sit, and how far into the draft the preamble may run. */
const LOOK_BACK = 300;
const PREAMBLE_CHARS = 3000;
/** A long table of contents can push "made and entered into this 2nd day of…" further down. */
const MADE_CHARS = 10000;

// Each cue pattern reads the words just before a date (lower-cased, with the
// filler words "the", "this", "on", "as of"… trimmed off by trimFillers).
const DEFINED_BEFORE = /(?:effective|commencement|start)\s+date"?\s*(?:(?:of|for)\s+(?:this|the)\s+(?:agreement|contract|franchise))?\s*(?:shall\s+mean|means|shall\s+be|will\s+be|is|[:-])?\s*(?:12:01\s+a\.?m\.?[a-z ]{0,40})?$/;
const DEFINED_AFTER = /^\s*,?\s*\(?\s*(?:the\s+|hereinafter\s+(?:called\s+|referred\s+to\s+as\s+)?(?:the\s+)?)?"?(?:[a-z#0-9]+\s+){0,3}?(?:effective|commencement)\s*date\b/;
const EFFECTIVE_BEFORE = /(?:\beffective(?:\s+for\s+all\s+purposes(?:\s+and\s+in\s+all\s+respects)?)?|\b(?:come|comes|came|coming|enter|enters)\s+into\s+(?:force|effect)|\btakes?\s+effect|\bin\s+force)$/;
const COMMENCES_BEFORE = /\b(?:commenc(?:e|es|ed|ing)|begin(?:s|ning)?|start(?:s|ing)?)(?:\s+with\s+effect)?$/;
const MADE_BEFORE = /\b(?:dated|made|entered\s+into|executed|signed|concluded)$/;
// The subject of effective or commencing wording must be the agreement or its term, not a price or a payment.
const ABOUT_AGREEMENT = /\bagreement\b|\bcontract\b|\bamendment\b|\baddendum\b|\bterm\b|\bappointment\b|\blicen[cs]e\b|\bfranchise\b|\bpromotion\b|\bsponsorship\b|\bthis\b/;
const LAST_SIGNATURE = /\bdate\s+(?:of\s+)?(?:the\s+)?(?:last|latest|final)\s+(?:signature|execution)|\blast\s+(?:party|signatory)\s+(?:hereto\s+)?(?:to\s+)?(?:has\s+)?(?:sign|execut)|\b(?:written|set\s+forth|noted|indicated|stated)\s+below\b|\blater\s+of\s+the\s+dates\b/;
const DATES_THE_AGREEMENT = /\bagreement\b|\bdated\b|\bmade\b|\bentered\b|\bday\s+of\b|\bexecuted\b/;
const OTHER_EVENT = /\bexpir|\bterminat|\bamend|\bsupersed|\bprior\s+agreement|\bprevious/;
// "an agreement having an Effective Date of April 15, 2010", "which was effective July 17, 2009": another agreement's start.
const ANOTHER_EFFECTIVE_DATE = /\b(?:an|its|their|whose)\s+effective\s+date\b[^"]{0,40}$/;
const PAST_EFFECT = /\b(?:was|were|been|had)\s+(?:made\s+)?effective$/;
// `Agreement dated as of January 18, 2018 (the "NDA")`: a date that belongs to another, named document.
const OTHER_DOCUMENT_AFTER = /^\s*,?\s*\(\s*(?:the\s+)?"(?![^"]{0,40}\bdate"|agreement")/;
const OTHER_DOCUMENT_BEFORE = /\bthat\s+certain\b|\bparties\s+to\b|\bunder\s+(?:the|an|a)\b|\bpursuant\s+to\b|\bentered\s+into\s+(?:an?|the)\s+(?:\S+\s+){0,4}?agreement\b/;
// EDGAR's "Source: COMPANY, 8-K, 9/14/2015" stamps are the filing date, never a contract date.
const FILING_STAMP = /\bsource:[^\n]{0,120}$/;

const FILLER_WORDS = new Set(['the', 'this', 'on', 'of', 'as', 'from', 'upon', 'day', 'date', 'dated', 'at', 'be', 'is']);

/** The words before a date without the filler between its cue and the date: "effective as of the " → "effective". */
function trimFillers(before: string): string {
  let end = before.length;
  for (;;) {
    while (end > 0 && /[\s,:(\-]/.test(before[end - 1])) end--;
    let start = end;
    while (start > 0 && /[a-z]/.test(before[start - 1])) start--;
    const word = before.slice(start, end);
    // "dated" and "date" end a cue of their own ("dated as of", "Effective Date:"), so keep them when they are the cue.
    if (start === end || !FILLER_WORDS.has(word) || ((word === 'dated' || word === 'date') && !/\b(?:as|the|this)\s*$/.test(before.slice(0, start)))) break;
    end = start;
  }
  return before.slice(0, end);
}

type Kind = 'defined' | 'effective' | 'commences' | 'made' | 'signature' | 'preamble';
const ORDER: readonly Kind[] = ['defined', 'effective', 'commences', 'made', 'signature', 'preamble'];

export function readEffectiveDate(contract: Contract): DatedTerm | null {
  const text = contract.normalized;
  const sentences = allSentences(contract);
  const best = new Map<Kind, DateFact>();
  const note = (kind: Kind, date: DateFact): void => {
    if (!best.has(kind)) best.set(kind, date);
  };
  for (const date of contract.facts.dates) {
    const sentence = sentenceAt(sentences, date.span.start);
    const inSentence = sentence !== undefined && sentence.span.start <= date.span.start && sentence.span.end >= date.span.end;
    const from = Math.max(inSentence ? sentence.span.start : 0, date.span.start - LOOK_BACK);
    const before = text.slice(from, date.span.start).toLowerCase();
    if (FILING_STAMP.test(before)) continue;
    const after = text.slice(date.span.end, date.span.end + 80).toLowerCase();
    const cue = trimFillers(before);
    if ((DEFINED_BEFORE.test(cue) && !ANOTHER_EFFECTIVE_DATE.test(cue)) || DEFINED_AFTER.test(after)) { note('defined', date); continue; }
    if (OTHER_DOCUMENT_AFTER.test(after) || OTHER_DOCUMENT_BEFORE.test(before.slice(-80))) continue;
    const subject = ABOUT_AGREEMENT.test(cue);
    if (EFFECTIVE_BEFORE.test(cue) && subject && !PAST_EFFECT.test(cue)) { note('effective', date); continue; }
    if (COMMENCES_BEFORE.test(cue) && subject) { note('commences', date); continue; }
    if (date.span.start >= MADE_CHARS) continue;
    if (MADE_BEFORE.test(cue)) { note('made', date); continue; }
    if (date.span.start >= PREAMBLE_CHARS) continue;
    // "AGENCY AGREEMENT\n\nMay 14, 2014": a date standing under the title.
    if (/\bagreement\s*$/.test(text.slice(Math.max(0, date.span.start - 40), date.span.start).toLowerCase())) { note('preamble', date); continue; }
    if (inSentence) {
      const lower = text.slice(sentence.span.start, sentence.span.end).toLowerCase();
      if (DATES_THE_AGREEMENT.test(lower) && !OTHER_EVENT.test(lower)) note('preamble', date);
    }
  }
  const signed = signatureDate(contract, sentences);
  if (signed) best.set('signature', signed);
  for (const kind of ORDER) {
    const date = best.get(kind);
    if (date) return { iso: date.iso, span: date.span };
  }
  return null;
}

/**
 * "Effective Date means the date of the last signature", "as of the date last
 * written below": the latest date after the sentence that says so, which is
 * where the signature blocks put theirs.
 */
function signatureDate(contract: Contract, sentences: ReturnType<typeof allSentences>): DateFact | null {
  const text = contract.normalized;
  for (const sentence of sentences) {
    const lower = text.slice(sentence.span.start, sentence.span.end).toLowerCase();
    if (!/\beffective|\bcommenc|\bentered\s+into/.test(lower) || !LAST_SIGNATURE.test(lower)) continue;
    const witness = text.toLowerCase().lastIndexOf('in witness');
    let latest: DateFact | null = null;
    for (const date of contract.facts.dates) {
      if (date.span.start < sentence.span.end) continue;
      const before = text.slice(Math.max(0, date.span.start - 40), date.span.start).toLowerCase();
      const signed = (witness >= 0 && date.span.start > witness) || /\bdated?\s*:?\s*$/.test(before);
      if (!signed || FILING_STAMP.test(before)) continue;
      if (!latest || date.iso > latest.iso) latest = date;
    }
    return latest;
  }
  return null;
}
