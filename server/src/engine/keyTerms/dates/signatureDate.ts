import type { Contract, DateFact, Sentence } from '../../model';
import { sentencesWithCue } from '../cueSentences';

// Agreements that start "on the date of the last signature" carry their start
// date in the signature blocks, not in the text: "Date: August 8, 2018",
// "4/24/2018 04/25/2018 Date Date", "Markham, ON 24 OCT 2011 Place Date".

/** Wording that makes the agreement start when it is signed, or on the date written under the signatures. */
const STARTS_ON_SIGNING = /\bdate\s+(?:of\s+)?(?:the\s+)?(?:last|latest|final)\s+(?:signature|execution|signing)|\blast\s+(?:party|signatory)\s+(?:hereto\s+)?(?:to\s+)?(?:has\s+)?(?:sign|execut)|\b(?:signed|executed)\s+by\s+(?:the\s+)?(?:last|both|all|each\s+of\s+the)\s+(?:signatory|signatories|party|parties)\b|\blast\s+date\s+(?:\S+\s+){0,4}?signature|\bdates?\s+(?:\S+\s+){0,4}?(?:written|set\s+forth|noted|indicated|stated|shown)\s+below\b|\blater\s+of\s+the\s+dates\b/;
/** Every STARTS_ON_SIGNING wording holds one of these words, so only their sentences are read. */
const SIGNING_CUE = /\bsign|\bexecut|\bbelow\b|\blater\s+of\s+the\s+dates\b/gi;
/** The sentence must be about the agreement taking effect, not about amendments or waivers being signed. */
const TAKES_EFFECT = /\beffective|\beffect\b|\bcommenc|\bbegin|\bentered\s+into/;
const NOT_THE_START = /\bamend|\bwaiv|\bmodif|\bnotice/;
/** A signature line's label just before its date ("Date:", "Dated", "Signed") or just after it ("Date", "Place Date"). */
const LABEL_BEFORE = /\b(?:dated?|signed|signature\s+date)\s*:\s*$|(?:^|\n)[ \t]*dated?\s*$/;
const LABEL_AFTER = /^\s*(?:place\s+)?dated?\b/;
// A version footer ("Reseller Agreement 04.18.2018") and EDGAR's filing stamp are not signature dates.
const NOT_A_SIGNATURE = /\bagreement\s*$|\bsource:[^\n]{0,120}$/;
/** Dates of one set of signature blocks sit close to each other; a later block belongs to an exhibit or a statement of work. */
const BLOCK_GAP = 600;
/** How far after "IN WITNESS WHEREOF" an unlabelled date still sits in the signature blocks. */
const WITNESS_CHARS = 1200;

/** Whether the sentence makes the agreement start on its signing. */
export function startsOnSigning(lower: string): boolean {
  return TAKES_EFFECT.test(lower) && STARTS_ON_SIGNING.test(lower) && !NOT_THE_START.test(lower);
}

export interface SignedStart {
  readonly date: DateFact;
  /** The sentence that makes the agreement start on signing: where a reader checks the reading. */
  readonly sentence: Sentence;
}

/**
 * The date the agreement starts when a sentence says it starts on signing: the
 * latest date of the first set of signature blocks (the last party to sign),
 * wherever the blocks sit (some drafts put them on the cover page).
 */
export function signatureDate(contract: Contract): SignedStart | null {
  const sentence = sentencesWithCue(contract, SIGNING_CUE).find((s) => startsOnSigning(s.lower))?.sentence;
  const date = sentence ? signingDate(contract) : null;
  return sentence && date ? { date, sentence } : null;
}

/** The latest date of the first set of signature blocks: the day the last party signed. */
export function signingDate(contract: Contract): DateFact | null {
  const text = contract.normalized;
  const witness = text.toLowerCase().indexOf('in witness');
  let previous: DateFact | null = null;
  let latest: DateFact | null = null;
  for (const date of contract.facts.dates) {
    if (previous && date.span.start > previous.span.end + BLOCK_GAP) break;
    const before = text.slice(Math.max(0, date.span.start - 130), date.span.start).toLowerCase();
    const after = text.slice(date.span.end, date.span.end + 20).toLowerCase();
    if (NOT_A_SIGNATURE.test(before)) continue;
    const afterWitness = witness >= 0 && date.span.start > witness && date.span.start < witness + WITNESS_CHARS;
    if (!afterWitness && !LABEL_BEFORE.test(before) && !LABEL_AFTER.test(after)) continue;
    previous = date;
    if (!latest || date.iso > latest.iso) latest = date;
  }
  return latest;
}
