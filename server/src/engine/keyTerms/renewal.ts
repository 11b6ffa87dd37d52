import type { Contract, DurationFact, Sentence, Span } from '../model';
import { toDays, toMonths, within } from '../facts';
import { offsetIn, rolesOf } from './durationRoles';
import type { RenewalTerms } from './types';

// Reads the renewal clause: does the agreement renew by itself, for how long,
// and how much notice stops it. The sentence that grants the renewal is chosen
// by score among the sentences classified under the 'renewal' topic; the notice
// may sit in that sentence or in one of its neighbours.

const RENEWAL_VERB = /\b(?:renew|re-new|extend|extension|successive|evergreen|year[- ]to[- ]year|month[- ]to[- ]month|tacit|continue|roll(?:s|ed)? over)/;
const AUTOMATIC = /\bautomatic(?:ally)?\s+(?:be\s+)?(?:renew|re-new|extend|continu|roll|stay|remain)|\b(?:renew|extend|continu)\w*\s+(?:\w+\s+){0,2}automatically|\bautomatic\s+(?:\w+\s+)?(?:renewal|extension)|\btacit|\bevergreen|\b(?:shall|will)\s+(?:be\s+)?(?:automatically\s+)?(?:renew|renewed|extend|extended)\s+(?:for|on|from|thereafter|automatically|annually|unless|each|by|at)\b|\b(?:shall|will)\s+continue\s+(?:thereafter|automatically|from\s+year|on\s+a\s+(?:year|month)|for\s+(?:successive|additional|further))|\brenews\b|\bcontinue\s+(?:automatically|thereafter)|\bthereafter\s+(?:\w+\s+){0,3}continue/;
const OPTION = /\b(?:the|an?|its|sole|their|exclusive|one)\s+(?:\w+\s+)?option\b|\bat\s+(?:\S+\s+){0,2}option\b|\boption\s+(?:to|of)\b|\bmay\s+(?:\w+\s+){0,2}(?:renew|extend|be renewed|be extended)\b(?!\s+automatically)|\bmutual|\bnegotiat|\bupon\s+(?:the\s+)?(?:written\s+)?agreement|\bif\s+(?:both|the)\s+parties\s+(?:so\s+)?agree|\bagree\s+(?:in writing\s+)?to\s+(?:renew|extend)|\bby\s+written\s+agreement|\bat\s+(?:its|their|the)\s+(?:sole\s+)?(?:discretion|election)|\belects?\s+to\s+(?:renew|extend)/;
const SAME_AS_INITIAL = /(?:equal\s+(?:in\s+(?:length|duration)\s+)?to|same\s+(?:length|duration|period)\s+as|identical\s+(?:in\s+length\s+)?to|equivalent\s+(?:in\s+length\s+)?to|the\s+same\s+duration\s+as|coextensive\s+with)\s+(?:that\s+of\s+)?the\s+(?:then[- ]expiring\s+|then[- ]current\s+)?(?:initial|original|prior|previous|preceding|immediately\s+preceding|expiring|then[- ]ending)\s+(?:subscription\s+|service\s+)?(?:term|period)|\b(?:terms?|periods?)\s+of\s+(?:the\s+)?(?:same|equal|like)\s+(?:duration|length)\b(?!\s+as\s+(?!the\s+(?:initial|original)))/;
const EVERGREEN = /\bindefinite(?:ly)?\b|\buntil\s+(?:so\s+)?terminated\b|\bevergreen\b|\bunless\s+and\s+until\s+terminated|\buntil\s+(?:either|one|a|the)\s+(?:party|parties)\s+(?:gives|provides|terminates|serves|delivers)/;
const IRRELEVANT = /\binsurance\b|\bdelay|\bcured?\b|\blicen[cs]e\s+grants?\b|\breview\s+period|\bsupport\s+period|\bthe\s+lc\b|\bforce\s+majeure|\bact\s+of\s+god|\bbeyond\s+(?:its|their|the)\s+(?:\w+\s+)?control|\bconfidential|\bliabilit|\bpolic(?:y|ies)\b|\bpermits?\b|\blicen[cs]e\s+registration|\bletter of credit|\bguarant(?:y|ee)\b|\blease\b/;
const ABOUT_THE_TERM = /\b(?:this|the)\s+agreement\b|\b(?:initial|renewal|current|then[- ]current|subscription|original|extended|extension|service)\s+term\b|\bthe\s+term\b|\bterm\s+of\b|\bterm\s+(?:shall|will)\b/;
const NEIGHBOUR_ABOUT_RENEWAL = /non-?renew|\bnot\s+(?:to\s+)?(?:renew|extend)|\bexpir|\bend\s+of\s+(?:the|any|each|such)\b|\brenew|\bextend|\bextension|\banniversary/;
const RECURRING_PHRASE = /\b(?:every|each)\s+(?:calendar\s+)?(year|month)\b|\b(annually|yearly|monthly)\b/;
const NON_RENEWAL_NOTICE = /non-?renew|\bnot\s+(?:to\s+)?renew|\b(?:prior\s+to|before)\s+the\s+(?:expiration|end|expiry)\s+of\s+(?:the\s+)?(?:then[- ]current|relevant|current|initial|renewal|applicable|any)\s/;
// A definition of some other term ("Calendar Quarter" means …) is not a renewal grant.
const OTHER_DEFINITION = /"\s*(?:means|shall\s+mean|has\s+the\s+meaning)/;
const TERM_DEFINITION = /"(?:renewal\s+|extension\s+|initial\s+)?term"\s*(?:means|shall)/;
// "thereafter until terminated" is a renewal only after a fixed first period: an initial term, a length or an end.
const FIRST_PERIOD = /\binitial|\boriginal|\bexpir|\bend\s+of\s+(?:the|this|its|such)\b|\banniversary/;
const MUTUAL = /\bmutual|\bboth\s+parties|\bparties\s+(?:may|shall|will|can)\s+(?:\w+\s+)?agree|\bagree\s+in\s+writing|\bnegotiat|\bas\s+may\s+be\s+agreed/;
const UNILATERAL_OPTION = /\boptions?\b|\bright\s+to\s+(?:renew|extend)|\bmay\s+(?:\w+\s+){0,2}(?:renew|extend|be\s+renewed|be\s+extended)|\belects?\s+to\s+(?:renew|extend)|\bat\s+(?:its|their)\s+(?:sole\s+)?(?:discretion|election)/;
// An indefinite term is a renewal only when it follows a first, fixed period.
const CONTINUES_AFTER = /\bthereafter|\bafter\s+(?:that|the\s+(?:initial|expir|end|first))|\bautomatic|\bupon\s+(?:the\s+)?(?:expir|end)|\bfollowing\s+the\s+(?:initial|expir|end)|\bat\s+the\s+end\s+of/;
const WINDOW_OPENS = /\b(?:no|not)\s+(?:earlier|sooner|more)\s+than\s+/;

interface Candidate {
  readonly sentence: Sentence;
  readonly index: number;
  readonly lower: string;
  readonly score: number;
  readonly automatic: boolean;
}

export function readRenewal(contract: Contract, initialTermMonths: number | null): RenewalTerms | null {
  const sentences = contract.topics.get('renewal') ?? [];
  const all = allSentences(contract);
  let best: Candidate | null = null;
  for (const sentence of sentences) {
    const candidate = score(contract, sentence, all);
    if (candidate && (!best || candidate.score > best.score)) best = candidate;
  }
  if (!best) return null;

  const { sentence, lower, automatic } = best;
  const durations = within(contract.facts.durations, sentence.span).filter((d) => d.unit !== 'hour');
  const term = readTerm(sentence, lower, durations, initialTermMonths);
  const notice = readNotice(contract, best, durations, all);
  if (!term && !notice && !automatic && !/\b(?:renew|extend|extension)/.test(lower)) return null;

  const spans = [sentence.span, notice?.sentence.span].filter((s): s is Span => s !== undefined);
  // Notice stops an automatic renewal; for a renewal someone opts into, the notice exercises the option.
  const stop = automatic ? notice : null;
  return {
    automatic,
    termMonths: term?.months ?? null,
    termBasis: term?.basis ?? 'unstated',
    noticeDays: stop?.days ?? null,
    noticeWindowOpensDays: stop?.opensDays ?? null,
    noticeWindowOpensSpan: stop?.opensSpan ?? null,
    exerciseNoticeDays: automatic ? null : notice?.days ?? null,
    span: { start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) },
    termSpan: term?.span ?? null,
    noticeSpan: stop?.span ?? null,
  };
}

function score(contract: Contract, sentence: Sentence, all: readonly Sentence[]): Candidate | null {
  const lower = contract.normalized.slice(sentence.span.start, sentence.span.end).toLowerCase();
  if (!RENEWAL_VERB.test(lower) || IRRELEVANT.test(lower)) return null;
  if (OTHER_DEFINITION.test(lower) && !TERM_DEFINITION.test(lower)) return null;
  const option = OPTION.test(lower);
  const evergreen = EVERGREEN.test(lower);
  const fixedFirst = FIRST_PERIOD.test(lower) || within(contract.facts.durations, sentence.span).length > 0 || within(contract.facts.dates, sentence.span).length > 0;
  const automatic = !option && (AUTOMATIC.test(lower) || (evergreen && CONTINUES_AFTER.test(lower) && fixedFirst));
  // A renewal someone must choose (an option, or a later agreement of both parties) counts only when it says for how long.
  if (!automatic && !((MUTUAL.test(lower) || UNILATERAL_OPTION.test(lower)) && statesALength(contract, sentence, lower))) return null;
  const durations = within(contract.facts.durations, sentence.span);
  let points = 1;
  if (automatic) points += 3;
  if (/\brenew|\bextend|\bextension/.test(lower)) points += 2;
  if (/\bsuccessive|\badditional|\brenewal term|\byear[- ]to[- ]year|\bmonth[- ]to[- ]month|\bannual/.test(lower)) points += 1;
  if (durations.some((d) => isTermLength(lower, sentence.span.start, d))) points += 2;
  if (durations.some((d) => rolesOf(lower, sentence.span.start, d).notice)) points += 1;
  if (SAME_AS_INITIAL.test(lower) || evergreen) points += 1;
  if (!ABOUT_THE_TERM.test(lower)) points -= 3;
  if (points < 3) return null;
  return { sentence, index: indexOf(all, sentence), lower, score: points, automatic };
}

interface TermReading {
  readonly months: number | null;
  readonly basis: RenewalTerms['termBasis'];
  readonly span: Span;
}

function readTerm(sentence: Sentence, lower: string, durations: readonly DurationFact[], initialTermMonths: number | null): TermReading | null {
  const same = offsetIn(lower, sentence.span, SAME_AS_INITIAL);
  if (same) return { months: initialTermMonths, basis: 'same-as-initial', span: same };

  let best: { d: DurationFact; points: number } | null = null;
  const evergreen = offsetIn(lower, sentence.span, EVERGREEN);
  const cue = lower.search(/\brenew|\bextend|\bsuccessive|\bthereafter|\badditional|\byear[- ]to[- ]year|\bmonth[- ]to[- ]month/);
  for (const d of durations) {
    const roles = rolesOf(lower, sentence.span.start, d);
    if (roles.notice) continue;
    if (evergreen && roles.term === 0) continue;
    let points = roles.term + (cue >= 0 && d.span.start - sentence.span.start > cue ? 1 : 0) - (roles.initial ? 4 : 0);
    if (toMonths(d) < 1) points -= 2;
    if (points > 0 && (!best || points > best.points)) best = { d, points };
  }
  if (best) {
    const months = toMonths(best.d);
    const basis = months === 1 && best.d.recurring ? 'month-to-month' : 'stated';
    return { months, basis, span: best.d.span };
  }
  const recurring = RECURRING_PHRASE.exec(lower);
  if (recurring) {
    const month = (recurring[1] ?? recurring[2]).startsWith('month');
    const at = sentence.span.start + recurring.index;
    return { months: month ? 1 : 12, basis: month ? 'month-to-month' : 'stated', span: { start: at, end: at + recurring[0].length } };
  }
  if (evergreen) return { months: null, basis: 'evergreen', span: evergreen };
  return null;
}

interface NoticeReading {
  readonly days: number;
  readonly span: Span;
  readonly sentence: Sentence;
  readonly opensDays: number | null;
  readonly opensSpan: Span | null;
}

function readNotice(contract: Contract, best: Candidate, ownDurations: readonly DurationFact[], all: readonly Sentence[]): NoticeReading | null {
  const own = noticeIn(contract, best.sentence, best.lower, ownDurations);
  if (own) return own;
  // "… renews for successive one-year terms. Either party may prevent renewal by notice given ninety (90) days before …"
  for (const offset of [1, 2, -1]) {
    const neighbour = all[best.index + offset];
    if (!neighbour || Math.abs(neighbour.span.start - best.sentence.span.start) > 2000) continue;
    const lower = contract.normalized.slice(neighbour.span.start, neighbour.span.end).toLowerCase();
    if (!/\bnotice|\bnotif/.test(lower) || !NEIGHBOUR_ABOUT_RENEWAL.test(lower)) continue;
    const found = noticeIn(contract, neighbour, lower, within(contract.facts.durations, neighbour.span));
    if (found) return found;
  }
  // Some drafts put the notice in a termination clause far from the renewal grant.
  for (const sentence of contract.topics.get('non-renewal-notice') ?? []) {
    const lower = contract.normalized.slice(sentence.span.start, sentence.span.end).toLowerCase();
    if (!NON_RENEWAL_NOTICE.test(lower)) continue;
    const found = noticeIn(contract, sentence, lower, within(contract.facts.durations, sentence.span));
    if (found) return found;
  }
  return null;
}

function noticeIn(contract: Contract, sentence: Sentence, lower: string, durations: readonly DurationFact[]): NoticeReading | null {
  const notices = durations.filter((d) => d.unit !== 'hour' && rolesOf(lower, sentence.span.start, d).notice);
  if (notices.length === 0) return null;
  const latest = notices[notices.length - 1];
  const window = windowOpening(contract, sentence, lower, latest);
  const chosen = window ? latest : notices[0];
  return { days: toDays(chosen), span: chosen.span, sentence, opensDays: window?.days ?? null, opensSpan: window?.span ?? null };
}

/** "no earlier than one hundred twenty (120) days and no later than ninety (90) days before…": the 120. */
function windowOpening(contract: Contract, sentence: Sentence, lower: string, latest: DurationFact): { days: number; span: Span } | null {
  const m = WINDOW_OPENS.exec(lower);
  if (!m) return null;
  const cueEnd = sentence.span.start + m.index + m[0].length;
  if (cueEnd >= latest.span.start) return null;
  const duration = within(contract.facts.durations, { start: cueEnd, end: latest.span.start }).find((d) => d.span.start - cueEnd < 5);
  if (duration) return { days: toDays(duration), span: { start: sentence.span.start + m.index, end: duration.span.end } };
  // The first limit often leaves its unit to the second: "no earlier than 120 and no later than 90 days".
  const number = within(contract.facts.numbers, { start: cueEnd, end: latest.span.start }).find((n) => n.span.start - cueEnd < 5);
  if (!number) return null;
  return { days: toDays({ value: number.value, unit: latest.unit }), span: { start: sentence.span.start + m.index, end: number.span.end } };
}

/** A length for the renewal itself: stated after the words that grant it, so the initial term does not count. */
function statesALength(contract: Contract, sentence: Sentence, lower: string): boolean {
  if (SAME_AS_INITIAL.test(lower)) return true;
  const renewal = lower.search(/\brenew|\bextend|\bextension/);
  const grant = renewal >= 0 ? renewal : lower.search(/\bcontinue/);
  return within(contract.facts.durations, sentence.span).some((d) => d.span.start - sentence.span.start > grant && isTermLength(lower, sentence.span.start, d));
}

function isTermLength(lower: string, sentenceStart: number, d: DurationFact): boolean {
  if (d.unit === 'hour') return false;
  const roles = rolesOf(lower, sentenceStart, d);
  return !roles.notice && !roles.initial;
}

function allSentences(contract: Contract): Sentence[] {
  return contract.clauses.flatMap((c) => c.sentences);
}

function indexOf(sentences: readonly Sentence[], target: Sentence): number {
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
