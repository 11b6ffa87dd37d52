import type { Contract, DurationFact, Sentence } from '../../model';
import { within } from '../../facts';
import { rolesOf } from '../durationRoles';
import { readSentence, type SentenceReading } from '../../semantics';
import { ABOUT_THE_TERM, AS_IT_MAY_BE_EXTENDED, AUTOMATIC, AUTOMATIC_UNLESS_NOTICE, CONTINUES_AFTER, EVERGREEN, FIRST_PERIOD, IRRELEVANT, MUTUAL, NEEDS_APPROVAL, OPTION, OTHER_DEFINITION, RENEWAL_VERB, SAME_AS_INITIAL, TERM_DEFINITION, UNILATERAL_OPTION, UNLESS_NON_RENEWAL } from './patterns';

// Which sentence grants the renewal: each sentence under the 'renewal' topic is
// scored, and the best one is the grant the term and notice are read from.

export interface Candidate {
  readonly sentence: Sentence;
  readonly index: number;
  readonly lower: string;
  readonly score: number;
  readonly automatic: boolean;
}

/** `index` is where the sentence sits among all the document's sentences (its neighbours are read from there). */
export function scoreGrant(contract: Contract, sentence: Sentence, index: number): Candidate | null {
  const lower = contract.normalized.slice(sentence.span.start, sentence.span.end).toLowerCase();
  if (!RENEWAL_VERB.test(lower) || IRRELEVANT.test(lower)) return null;
  if (OTHER_DEFINITION.test(lower) && !TERM_DEFINITION.test(lower)) return null;
  if (refusesRenewal(readSentence(contract, sentence))) return null;
  // "may be renewed for one-year periods unless either party gives notice of non-renewal": nobody has to opt in.
  const grantWords = lower.replace(AS_IT_MAY_BE_EXTENDED, '');
  const option = (OPTION.test(grantWords) || NEEDS_APPROVAL.test(lower)) && !UNLESS_NON_RENEWAL.test(lower) && !AUTOMATIC_UNLESS_NOTICE.test(lower);
  const evergreen = EVERGREEN.test(lower);
  const fixedFirst = FIRST_PERIOD.test(lower) || within(contract.facts.durations, sentence.span).length > 0 || within(contract.facts.dates, sentence.span).length > 0;
  const automatic = !option && (AUTOMATIC.test(lower) || (evergreen && CONTINUES_AFTER.test(lower) && fixedFirst));
  // A renewal someone must choose (an option, or a later agreement of both parties) counts only when it says for how long.
  if (!automatic && !((MUTUAL.test(lower) || UNILATERAL_OPTION.test(lower)) && statesALength(contract, sentence, lower))) return null;
  const durations = within(contract.facts.durations, sentence.span);
  let points = 1;
  if (automatic) points += 3;
  if (/\brenew|\bextend|\bextension|\bsuccessor\s/.test(lower)) points += 2;
  if (/\bsuccessive|\badditional|\brenewal term|\byear[- ]to[- ]year|\bmonth[- ]to[- ]month|\bannual/.test(lower)) points += 1;
  if (durations.some((d) => isTermLength(lower, sentence.span.start, d))) points += 2;
  if (durations.some((d) => rolesOf(lower, sentence.span.start, d).notice)) points += 1;
  if (SAME_AS_INITIAL.test(lower) || evergreen) points += 1;
  if (!ABOUT_THE_TERM.test(lower)) {
    // Only "renew" can stand without naming the agreement ("the support contract shall be renewed");
    // other things extend or continue all the time (a status, an obligation, a remedy period).
    if (!/\brenew/.test(lower)) return null;
    points -= 3;
  }
  if (points < 3) return null;
  // Definitions sections restate the term clause; on a tie the operative clause is the one to show.
  if (TERM_DEFINITION.test(lower)) points -= 0.5;
  return { sentence, index, lower, score: points, automatic };
}

/**
 * The clause layer reads the renewal as refused: "shall not renew automatically", "Neither party may extend this
 * Agreement", "In no event shall this Agreement be renewed". A limit on how far it renews ("shall not be renewed for
 * more than two further terms") still grants the renewal.
 */
function refusesRenewal(reading: SentenceReading): boolean {
  const acts = reading.clauses.filter((c) => c.role === 'main' && (RENEWING.test(c.verb) || c.alsoVerbs.some((v) => RENEWING.test(v))));
  return acts.length > 0 && acts.every((c) => c.negated && !c.limitsExtent);
}

const RENEWING = /^(?:be\s+)?(?:renew|extend|continu|roll)/;

/** A length for the renewal itself: stated after the words that grant it, so the initial term does not count. */
export function statesALength(contract: Contract, sentence: Sentence, lower: string): boolean {
  if (SAME_AS_INITIAL.test(lower)) return true;
  const renewal = lower.search(/\brenew|\bextend|\bextension|\bsuccessor/);
  const grant = renewal >= 0 ? renewal : lower.search(/\bcontinue/);
  return within(contract.facts.durations, sentence.span).some((d) => d.span.start - sentence.span.start > grant && isTermLength(lower, sentence.span.start, d));
}

export function isTermLength(lower: string, sentenceStart: number, d: DurationFact): boolean {
  if (d.unit === 'hour') return false;
  const roles = rolesOf(lower, sentenceStart, d);
  return !roles.notice && !roles.initial;
}

export function allSentences(contract: Contract): Sentence[] {
  return contract.clauses.flatMap((c) => c.sentences);
}

export function indexOf(sentences: readonly Sentence[], target: Sentence): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const start = sentences[mid].span.start;
    if (start === target.span.start) return mid;
    if (start < target.span.start) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

