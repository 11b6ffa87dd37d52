import type { Contract, DateFact, Sentence, Span } from '../model';
import { sentenceAt } from '../classify/topics';
import { allSentences } from './cueSentences';
import { signatureDate, signingDate } from './dates/signatureDate';

// When the agreement takes effect. Drafts say it in several places, and the more
// explicit wording wins over the less explicit, wherever it sits:
//   1. a definition: `"Effective Date" means March 3, 2003`, `January 1, 2012 (the "Effective Date")`;
//   2. effective wording: "effective as of October 15, 2004", "shall come into force on 1 January 2013";
//   3. the start of the term: "The term of this Agreement begins on March 3, 2011";
//   4. the date the agreement is made: "made this 5th day of December, 2007", "dated as of";
//   5. a date the agreement points back to: "effective as of the date first written above";
//   6. another date in a preamble sentence about the agreement;
//   7. an "Effective Date:" label after the signatures, which often belongs to an exhibit.
// When the draft says the agreement starts on the last signature, the date in the
// signature blocks comes right after a definition.
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
// Each optional part carries the whitespace before it, and only one `\s*` stands before the `$`: written
// as `\s*(A)?\s*(B)?\s*(C)?$`, a run of n spaces that fails at the end was split every way (n³; a
// crafted draft of dates after long gaps took 37 s a megabyte). Same language, linear (issue 12.5).
export const DEFINED_BEFORE = /(?:effective|commencement|start)\s+date"?(?:\s*(?:of|for|under)\s+(?:[a-z]+\s+){0,3}?(?:this|the)\s+(?:agreement|contract|franchise|addendum|amendment|order|schedule))?(?:\s*(?:shall\s+mean|means|shall(?:\s+be)?|will(?:\s+be)?|is|[:-]))?(?:\s*12:01\s+a\.?m\.?[a-z ]{0,40})?\s*$/;
const DEFINED_AFTER = /^\s*,?\s*\(?\s*(?:the\s+|hereinafter\s+(?:called\s+|referred\s+to\s+as\s+)?(?:the\s+)?)?"?(?:[a-z#0-9]+\s+){0,3}?(?:effective|commencement)\s*date\b/;
const EFFECTIVE_BEFORE = /(?:\beffective(?:\s+for\s+all\s+purposes(?:\s+and\s+in\s+all\s+respects)?)?|\b(?:come|comes|came|coming|enter|enters)\s+into\s+(?:force|effect)|\btakes?\s+effect|\bin\s+force)$/;
const COMMENCES_BEFORE = /\b(?:commenc(?:e|es|ed|ing)|begin(?:s|ning)?|start(?:s|ing)?)(?:\s+with\s+effect)?$/;
const MADE_BEFORE = /\b(?:dated|made|entered\s+into|executed|signed|concluded)$/;
// The subject of effective or commencing wording must be the agreement or its term, not a price or a payment.
const ABOUT_AGREEMENT = /\bagreement\b|\bcontract\b|\bamendment\b|\baddendum\b|\bterm\b|\bappointment\b|\blicen[cs]e\b|\bfranchise\b|\bpromotion\b|\bsponsorship\b|\bjoint\s+venture\b|\bthis\b|^it\s+(?:shall|will|is)\b/;
// "Executed and effective this 9th day of June": a closing line whose subject is the document itself.
// "the Preferred Stock beginning October 21, 2022": a bare participle starts whatever noun it follows, so only a term or the agreement counts.
const PARTICIPLE_OF_ANOTHER = /\b(?!term\b|agreement\b|contract\b|license\b|appointment\b|months?\b|years?\b|period\b)[a-z]+\s*,?\s*(?:beginning|starting|commencing)$/;
const SIGNED_AND_EFFECTIVE = /\b(?:signed|executed|made|dated)\s+and\s+effective$/;
// "the side letters, dated April 2, 2016", "the original … CONTRACT, made effective on": another document's date.
const OTHER_DOCUMENT_NAMED = /\b(?:the|a|an|that|such|its|their|certain|original|prior|existing)\s+(?:(?!this\b)[a-z0-9&-]+\s+){0,5}?(?:agreements?|letters?|memorand(?:um|a)|documents?|plans?|notices?|reports?|amendments?|orders?|polic(?:y|ies)|instruments?|contracts?|leases?|sheets?)(?:\s+of\s+[a-z]+)?\s*,?\s*(?:(?:each|which\s+(?:was|is))\s+)?(?:dated|made\s+effective|effective|entered\s+into|executed)\s*(?:as\s+of\s*|on\s*)?(?:the\s*)?$/;
// "This Agreement is dated April 29, 2010" may close the draft, far below the preamble.
const THIS_AGREEMENT_DATED = /\bthis\s+(?:[a-z]+\s+){0,3}?agreement\s+(?:is\s+|was\s+|shall\s+be\s+)?(?:dated|made|executed|signed)$/;
const DATES_THE_AGREEMENT = /\bagreement\b|\bdated\b|\bmade\b|\bentered\b|\bday\s+of\b|\bexecuted\b/;
const OTHER_EVENT = /\bexpir|\bterminat|\bamend|\bsupersed|\bprior\s+agreement|\bprevious/;
// "an agreement having an Effective Date of April 15, 2010", "which was effective July 17, 2009": another agreement's start.
const ANOTHER_EFFECTIVE_DATE = /\b(?:an|its|their|whose)\s+effective\s+date\b[^"]{0,40}$/;
const PAST_EFFECT = /\b(?:was|were|been|had)\s+(?:made\s+)?effective$/;
// `Agreement dated as of June 4, 2019 (the "NDA")`: a date that belongs to another, named document.
const OTHER_DOCUMENT_AFTER = /^\s*,?\s*\(\s*(?:the\s+)?"(?![^"]{0,40}\bdate"|agreement")/;
const OTHER_DOCUMENT_BEFORE = /\bthat\s+certain\b|\bparties\s+to\b|\bunder\s+(?:the|an|a)\b|\bpursuant\s+to\b|\bentered\s+into\s+(?:an?|the)\s+(?:\S+\s+){0,4}?agreement\b/;
// EDGAR's "Source: COMPANY, 8-K, 9/14/2015" stamps are the filing date, never a contract date.
const FILING_STAMP = /\bsource:[^\n]{0,120}$/;

// A cover page with "EFFECTIVE DATE" on a line of its own and the date under it: the line break ends the sentence.
const LABEL_LINE_ABOVE = /(?:^|\n)[ \t]*effective\s+date[ \t]*:?[ \t]*\n\s*$/;

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

type Kind = 'defined' | 'effective' | 'commences' | 'made' | 'preamble';

export function readEffectiveDate(contract: Contract): DatedTerm | null {
  const text = contract.normalized;
  const sentences = allSentences(contract);
  const best = new Map<Kind, DateFact>();
  const note = (kind: Kind, date: DateFact): void => {
    if (!best.has(kind)) best.set(kind, date);
  };
  for (const date of contract.facts.dates) {
    // sentenceAt needs at least one sentence: a draft of headings alone has none.
    const sentence = sentences.length > 0 ? sentenceAt(sentences, date.span.start) : undefined;
    const inSentence = sentence !== undefined && sentence.span.start <= date.span.start && sentence.span.end >= date.span.end;
    const from = Math.max(inSentence ? sentence.span.start : 0, date.span.start - LOOK_BACK);
    const before = text.slice(from, date.span.start).toLowerCase();
    if (FILING_STAMP.test(before)) continue;
    const after = text.slice(date.span.end, date.span.end + 80).toLowerCase();
    const cue = trimFillers(before);
    const labelAbove = LABEL_LINE_ABOVE.test(text.slice(Math.max(0, date.span.start - 120), date.span.start).toLowerCase());
    if ((DEFINED_BEFORE.test(cue) && !ANOTHER_EFFECTIVE_DATE.test(cue)) || DEFINED_AFTER.test(after) || labelAbove) { note('defined', date); continue; }
    if (OTHER_DOCUMENT_AFTER.test(after) || OTHER_DOCUMENT_BEFORE.test(before.slice(-80)) || OTHER_DOCUMENT_NAMED.test(before.slice(-120))) continue;
    const subject = ABOUT_AGREEMENT.test(cue) || SIGNED_AND_EFFECTIVE.test(cue);
    if (EFFECTIVE_BEFORE.test(cue) && subject && !PAST_EFFECT.test(cue)) { note('effective', date); continue; }
    if (COMMENCES_BEFORE.test(cue) && subject && !PARTICIPLE_OF_ANOTHER.test(cue)) { note('commences', date); continue; }
    if (date.span.start >= MADE_CHARS && !THIS_AGREEMENT_DATED.test(cue)) continue;
    if (MADE_BEFORE.test(cue)) { note('made', date); continue; }
    if (date.span.start >= PREAMBLE_CHARS) continue;
    // "AGENCY AGREEMENT\n\nMay 14, 2014": a date standing under the title.
    if (/\bagreement\s*$/.test(text.slice(Math.max(0, date.span.start - 40), date.span.start).toLowerCase())) { note('preamble', date); continue; }
    if (inSentence) {
      const lower = text.slice(sentence.span.start, sentence.span.end).toLowerCase();
      if (DATES_THE_AGREEMENT.test(lower) && !OTHER_EVENT.test(lower)) note('preamble', date);
    }
  }
  // The signature blocks are read only when no stronger wording dated the agreement.
  const stated = best.get('defined') ?? best.get('effective') ?? best.get('commences') ?? best.get('made');
  if (stated) return { iso: stated.iso, span: stated.span };
  const signed = signatureDate(contract);
  if (signed) return { iso: signed.date.iso, span: signed.sentence.span };
  const preamble = best.get('preamble');
  if (preamble) return { iso: preamble.iso, span: preamble.span };
  return dateWrittenAbove(contract, sentences) ?? dateOfSigning(contract);
}

// A draft that refers to its own date without stating one is dated by its signatures.
const REFERS_TO_ITS_DATE = /\b(?:effective|commencement)\s+date\b|\bdate\s+hereof\b|\bdate\s+of\s+this\s+agreement\b|\bdate\s+first\s+(?:above|written|set\s+forth)|\b(?:executed|effective)\s+as\s+of\s+the\s+date\b/i;
const POINTS_ABOVE = /\b(?:effective|entered\s+into|made|executed)\b[^.;]{0,60}\bdate\s+first\s+(?:above\s+written|written\s+above|set\s+forth\s+above|stated\s+above|above\s+(?:set\s+forth|stated))/;

/**
 * "effective as of the date first written above" with no date the readers
 * above recognise: the first date in the draft before that sentence, wherever
 * the draft's cover put it, else (a cover lost in the copy) the signing date.
 */
function dateWrittenAbove(contract: Contract, sentences: readonly Sentence[]): DatedTerm | null {
  const text = contract.normalized;
  const pointer = sentences.find((s) => s.span.start < MADE_CHARS && POINTS_ABOVE.test(text.slice(s.span.start, s.span.end).toLowerCase()));
  if (!pointer) return null;
  const above = contract.facts.dates.find((d) => d.span.start < pointer.span.start && !FILING_STAMP.test(text.slice(Math.max(0, d.span.start - 130), d.span.start).toLowerCase()));
  const date = above ?? signingDate(contract);
  return date ? { iso: date.iso, span: above ? date.span : pointer.span } : null;
}

function dateOfSigning(contract: Contract): DatedTerm | null {
  if (!REFERS_TO_ITS_DATE.test(contract.normalized)) return null;
  const date = signingDate(contract);
  return date ? { iso: date.iso, span: date.span } : null;
}
