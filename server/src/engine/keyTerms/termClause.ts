import type { Contract, DateFact, Sentence } from '../model';
import { toMonths, within } from '../facts';
import { addToDate } from './dates';
import { sentenceAt } from '../classify/topics';
import { allSentences, sentencesWithCue } from './cueSentences';
import { rolesOf } from './durationRoles';
import { namedStart, nextSentence } from './dates/namedStart';
import { agreementShortNames, countsYearsFromStart, definedPeriodEnd } from './dates/definedNames';

// The sentence that says how long the agreement runs ("The term of this
// Agreement shall commence on the Effective Date and continue for three (3)
// years", "This Agreement shall be effective … until June 27, 2011", "shall
// continue in full force and effect until terminated") and the end it gives.
// Sentences that only mention the term ("during the term of this Agreement and
// for two years thereafter") are not term clauses: what they measure is
// something else.

export interface TermEnd {
  /** YYYY-MM-DD the first term ends; null for an agreement that runs until terminated. */
  readonly iso: string | null;
  readonly perpetual: boolean;
  readonly basis: 'stated' | 'from-term' | 'perpetual' | 'event';
  readonly sentence: Sentence;
  /** A length counted from a start the draft does not date: the term is found, its end cannot be computed. */
  readonly undatedMonths?: number;
  /** The first term's length where the clause states one ("for three (3) years"), dated or not. */
  readonly months?: number;
}

const CUE = /\bterms?\b|\bthis\s+(?:agreement|contract|amendment)\s+(?:shall|will|is|expires|terminates|ends|continues|remains|runs)\b|\bperiod\b|\bduration\b|\bjoint\s+venture\s+(?:shall|will)\b|\bagreement\s+(?:(?:shall|will)\s+)?(?:begins?|commences?)\b|\bthis\s+[a-z]{2,6}\s+(?:shall|will)\s+(?:expire|terminate|end|continue|remain|commence|begin)\b/gi;
// The agreement (or its term) as the subject of a verb of duration.
const SUBJECT = /\b(?:(?:initial\s+)?term|duration|period)\s+of\s+(?:(?:the\s+)?validity\s+of\s+)?(?:this|the)\s+(?:agreement|contract|license|franchise|appointment)\b|\b(?:this\s+(?:[a-z-]+\s+){0,3}?|the\s+)(?:agreement|contract|amendment|promotion|joint\s+venture)\s+(?:\([a-z0-9]{1,3}\)\s+)?(?:shall|will|is\s+to|is)\s+(?:\w+\s+){0,12}?(?:commence|begin|be\s+(?:in\s+)?effect|be\s+effective|become\s+effective|be\s+for|continue|remain|expire|terminate|end|extend|have\s+(?:a|an)\s+(?:initial\s+)?term|enter\s+into\s+(?:force|effect)|come\s+into\s+(?:force|effect)|run)\b|\bthis\s+(?:[a-z-]+\s+){0,3}?(?:agreement|contract)\s+(?:begins|commences|starts|continues|remains|runs|expires|terminates|ends)\b|\b(?:the\s+)?(?:initial\s+)?term\s+(?:shall|will)\s+(?:commence|begin|be|continue|end|expire|run)\b|\bthe\s+(?:initial\s+)?term\s+(?:begins|commences|starts|continues|runs|ends|expires|lasts)\b|\binitial\s+term\s+(?:shall\s+mean|means|is)\b|"?(?:initial\s+)?term"?\s+(?:shall\s+mean|means)\b|"(?:initial\s+|contract\s+|agreement\s+|[a-z]+\s+agreement\s+)?(?:term|period)"\s+(?:shall\s+mean|means)\b|^(?:[\d.]+\s*)?(?:initial\s+)?terms?(?:\s+of\s+(?:the|this)\s+[a-z]+)?\s*:|^(?:[\d.]+\s*)?it\s+(?:shall|will)\s+(?:\w+\s+){0,3}?(?:commence|begin|be\s+effective|become\s+effective|continue|remain|expire|terminate|have\s+a\s+duration)\b|\bthe\s+term\s+(?:of\s+(?:this|the)\s+agreement\s+)?is\b/;
// "during the term of this Agreement": a mention of the term, not its definition.
const MENTION_BEFORE = /\b(?:a|any|each|every|(?:year|month|week|day|portion|part|balance|course|life)s?\s+of|material|other|such|during|throughout|within|after|before|prior\s+to|until|upon|following|beyond|in|for\s+the|for\s+a\s+period\s+(?:of\s+)?(?:\S+\s+){0,4}?(?:after|following)|expiration\s+of|end\s+of|remainder\s+of)\s+(?:the\s+)?$/;
const END_BEFORE_DATE = /\b(?:until|through|thru|to|ending\s+on|ends?\s+(?:on|at|as\s+of)|expire\s+on|expires\s+on|expiring\s+on|expire|expires|terminate\s+on|terminates\s+on|terminating\s+on|terminate|to\s+and\s+including|and\s+ending|effective\s+until|earlier\s+of\s+\(i\)|earlier\s+of|valid\s+until|concluding(?:\s+on)?|conclude\s+on|concludes\s+on)\s+(?:the\s+close\s+of\s+business\s+on\s+|midnight\s+(?:on\s+)?|11:59\s+p\.?m\.?\s+(?:on\s+)?)?$/;
const PERPETUAL = /\bperpetu(?:al(?:ly)?|ity)\b|\bwhen\s+terminated\b|\bshall\s+not\s+be\s+terminable\b|\b(?:expire|terminate)\s+(?:if|when)\b|\bindefinite(?:ly)?\b|\buntil\s+(?:it\s+is\s+|so\s+|otherwise\s+)?terminated\b|\buntil\s+terminat(?:ed|ion)\b|\bunless\s+and\s+until\s+terminated\b|\buntil\s+(?:either|one|any)\s+party\b|\bno\s+(?:fixed\s+)?(?:term|expiration\s+date)\b|\bfor\s+so\s+long\s+as\b|\buntil\s+(?:the\s+)?termination\b|\b(?:end|terminate|expire)s?\s+(?:on\s+the\s+\w+\s+day\s+)?(?:following|after)\s+(?:the\s+|a\s+|any\s+)?(?:receipt\s+of\s+)?(?:(?:a|the)\s+)?(?:prior\s+)?(?:written\s+)?notice\b/;
// A first term that ends on an event rather than a date ("until the expiration of the Royalty Term", "shall terminate
// upon the completion of the Offering") has no fixed end date either; it is kept apart from "until terminated"
// because a buyer reads the two differently (CUAD's lawyers answer both "perpetual").
const EVENT_END = /\buntil\s+(?:the\s+)?(?:expiration|expiry|completion|acceptance|satisfaction|fulfil+ment|payment|delivery|later|earlier|last|full\s+performance)\s+(?!of\s+(?:the\s+)?(?:initial\s+|then[- ]current\s+|renewal\s+)?term\b|of\s+this\s+agreement)|\b(?:terminate|expire|end|ending)\s+(?:automatically\s+|immediately\s+|and\s+){0,3}(?:upon|on)\s+(?:the\s+)?(?:earliest|earlier|first|later|latest|completion|consummation|closing|(?:[a-z]+'s\s+)?(?:full\s+)?(?:re)?payment\s+(?:in\s+full\s+)?(?:to|of)\b|(?:termination|expiration|expiry)(?:\s+(?:and\/or|or|and)\s+(?:termination|expiration))?\s+of\s+(?:the|its|such|all|each)\s+(?!agreement|term|initial\s+term))|\b(?:shall|will)\s+not\s+(?:end|expire|terminate)\s+until\b/;
// Termination rights, notices and causes are not the end of a term.
// "The obligations of the Agent under this Agreement shall terminate upon…" ends a duty, not the agreement.
const EARLIER_OR_LATER = /\b(?:earl|lat)(?:ier|er|iest|est)\b|\bfirst\b/;
// A list of causes that end the agreement, not its length.
const TRIGGER_LIST = /\bupon\s+the\s+occurrence\b|\bany\s+of\s+the\s+following\b/;
const NOT_AN_EVENT_END = /\bnotice|\bbankrupt|\binsolven|\bchange\s+(?:of|in)\s+control|\bwritten\b|\bmay\s+(?:be\s+)?terminat|\bobligations?\s+(?:of\s+)?(?:\S+\s+){0,4}?(?:pursuant\s+to|under)\s+this\s+agreement/;
// Where a sentence turns from the first term to its renewals ("three (3) years thereafter" and "extend for" still describe the first).
const RENEWAL = /\brenew|\bsuccessive|\bafter\s+that\b|\bafter\s+the\s+(?:initial|first)|\bautomatically\s+(?:be\s+)?extend|\bextended\s+(?:for|by)|\badditional\s+(?:\S+\s+){0,3}?(?:terms?|periods?|years?)\b|\bmonth[- ]to[- ]month|\byear[- ]to[- ]year/;
// Cure periods and breaches: "this Agreement shall remain in effect" if the breach is cured within thirty days.
const NOT_THE_TERM = /\bbreach|\bdefault|\bcure[sd]?\b|\bcuring\b|\bsurviv/;
const PROVISO = /;\s*provided\b|,\s*provided\s*,?\s*(?:however|that)\b/;
const ORDINALS: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, fifteenth: 15, twentieth: 20, 'twenty-fifth': 25, thirtieth: 30,
};
// "the fifth anniversary", "the four (4) year anniversary", "the 10th anniversary".
const ANNIVERSARY = /\b(?:([a-z-]+)|(\d{1,2})(?:st|nd|rd|th)?)\s+(?:\(\s*\d{1,2}(?:st|nd|rd|th)?\s*\)\s+)?(?:year\s+|-year\s+)?anniversary\b/;
const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, fifteen: 15, twenty: 20,
};

const termEnds = new WeakMap<Contract, Map<string | null, TermEnd | null>>();

/** The end of the first term as the first term clause states it, when one does (read once per contract and start). */
export function readTermEnd(contract: Contract, effectiveIso: string | null): TermEnd | null {
  let byStart = termEnds.get(contract);
  if (!byStart) termEnds.set(contract, byStart = new Map());
  if (!byStart.has(effectiveIso)) byStart.set(effectiveIso, findTermEnd(contract, effectiveIso));
  return byStart.get(effectiveIso) ?? null;
}

function findTermEnd(contract: Contract, effectiveIso: string | null): TermEnd | null {
  const labelled = labelledEnd(contract);
  if (labelled) return labelled;
  const shortNames = agreementShortNames(contract);
  for (const { sentence, lower } of sentencesWithCue(contract, CUE)) {
    const subject = termSubject(lower, shortNames);
    // "… for a period of 1 year; provided that Sections 2 and 3 terminate upon a breach": the proviso is not the term.
    if (subject < 0 || NOT_THE_TERM.test(lower.slice(0, provisoAt(lower))) || definesAnotherPeriod(contract, sentence)) continue;
    const end = endIn(contract, sentence, lower, subject, effectiveIso);
    if (end) return end;
  }
  return null;
}

/** The agreement's own names for its term; any other "… Term" or "… Period" the draft defines measures something else. */
const AGREEMENT_TERM = /^(?:(?:initial|original|agreement|contract|subscription|service|first)\s+)?(?:term|period)$/i;

/**
 * The sentence defines another period ('"Royalty Term" means ten years from the first sale', '"Exclusivity Period"
 * means …'): read from the parser's table of defined terms, so a royalty term is never the agreement's term.
 */
function definesAnotherPeriod(contract: Contract, sentence: Sentence): boolean {
  return contract.definedTerms.some(({ term, span }) => span.start >= sentence.span.start && span.end <= sentence.span.end
    && /\b(?:term|period)$/i.test(term) && !AGREEMENT_TERM.test(term)
    && /^["'\u201d*_\s]*(?:shall\s+)?means?\b|^["'\u201d*_\s]*shall\s+have\s+the\s+meaning/i.test(contract.normalized.slice(span.end, span.end + 40)));
}

// "Expiration Date: August 31, 2006", "… and ends at April 30, 2029 (the "Term")": an end date named as such.
const END_LABEL_BEFORE = /\b(?:expiration|expiry|termination|end)\s+date\s*(?::|is|shall\s+be|means|-)?\s*$/;
const TERM_NAMED_AFTER = /^\s*,?\s*\(\s*(?:the\s+|herein\s+)?"(?:initial\s+)?term"/;

function labelledEnd(contract: Contract): TermEnd | null {
  const text = contract.normalized;
  const sentences = allSentences(contract);
  for (const date of contract.facts.dates) {
    const before = text.slice(Math.max(0, date.span.start - 60), date.span.start).toLowerCase();
    const after = text.slice(date.span.end, date.span.end + 30).toLowerCase();
    const named = END_LABEL_BEFORE.test(before) || (TERM_NAMED_AFTER.test(after) && END_BEFORE_DATE.test(before));
    const sentence = named && sentences.length > 0 ? sentenceAt(sentences, date.span.start) : undefined;
    if (sentence) return { iso: date.iso, perpetual: false, basis: 'stated', sentence };
  }
  return null;
}

function provisoAt(lower: string): number {
  const at = lower.search(PROVISO);
  return at < 0 ? lower.length : at;
}

/** Where the sentence names the agreement's duration as its subject, or -1. */
function termSubject(lower: string, shortNames: readonly string[]): number {
  const found = firstSubject(lower, new RegExp(SUBJECT.source, 'g'));
  if (found >= 0 || shortNames.length === 0) return found;
  return firstSubject(lower, shortNameSubject(shortNames));
}

function firstSubject(lower: string, pattern: RegExp): number {
  for (let m = pattern.exec(lower); m !== null; m = pattern.exec(lower)) {
    if (!MENTION_BEFORE.test(lower.slice(Math.max(0, m.index - 60), m.index))) return m.index;
  }
  return -1;
}

/** "This SCA shall expire upon…": the agreement under the short name it gave itself (names are letters only). */
function shortNameSubject(names: readonly string[]): RegExp {
  return new RegExp(`\\bthis\\s+(?:${names.join('|')})\\s+(?:shall|will|is)\\s+(?:\\w+\\s+){0,12}?(?:commence|begin|be\\s+(?:in\\s+)?effect|be\\s+effective|become\\s+effective|continue|remain|expire|terminate|end|run)\\b`, 'g');
}

function endIn(contract: Contract, sentence: Sentence, lower: string, subject: number, effectiveIso: string | null): TermEnd | null {
  const dates = within(contract.facts.dates, sentence.span);
  const renewalAt = lower.slice(subject).search(RENEWAL);
  const firstTermEnds = renewalAt < 0 ? lower.length : subject + renewalAt;
  for (const date of dates) {
    const at = date.span.start - sentence.span.start;
    if (at < subject || at > firstTermEnds) continue;
    if (END_BEFORE_DATE.test(lower.slice(Math.max(0, at - 60), at))) return { iso: date.iso, perpetual: false, basis: 'stated', sentence };
  }
  // "commencing on January 1, 2016" starts the count when the sentence gives its own start.
  const namedStartIso = namedStartDate(contract, sentence, lower);
  const start = startIn(lower, sentence, dates) ?? namedStartIso ?? effectiveIso;
  const window = lower.slice(subject, firstTermEnds);
  const periodEnd = calendarPeriodEnd(window, start);
  if (periodEnd) return { iso: periodEnd, perpetual: false, basis: 'from-term', sentence };
  const length = anniversaryLength(window, subject) ?? contractYearsLength(contract, window, subject) ?? durationLength(contract, sentence, lower, subject, firstTermEnds);
  if (length) {
    // "shall continue until the termination of the Alliance Agreement; provided that … three (3) years": the end named first governs.
    const named = noFixedEnd(lower.slice(subject, length.at), lower, sentence, false);
    if (named) return named;
    // "for ten (10) years from the first commercial sale": counted from an event the draft does not date.
    if (length.fromEvent && !namedStartIso) return { iso: null, perpetual: false, basis: 'event', sentence };
    // "for three (3) years from the Effective Date" where the Effective Date is left blank: still the term clause.
    return start
      ? { iso: addToDate(start, length.months, -1), perpetual: false, basis: 'from-term', sentence, months: length.months }
      : { iso: null, perpetual: false, basis: 'from-term', sentence, undatedMonths: length.months, months: length.months };
  }
  const period = definedPeriodIn(contract, window);
  if (period) return { iso: period.iso, perpetual: false, basis: 'stated', sentence };
  // An indefinite run after a renewal cue ("after the Initial Term, … month to month until terminated") is an evergreen renewal, not a perpetual first term.
  if (lower.slice(0, subject).search(RENEWAL) >= 0) return null;
  return noFixedEnd(window, lower, sentence, true);
}

/** A first term that runs until ended or ends on an event; "until the earlier of" counts only when no length follows. */
function noFixedEnd(window: string, lower: string, sentence: Sentence, earlierOrLater: boolean): TermEnd | null {
  if (PERPETUAL.test(window)) return { iso: null, perpetual: true, basis: 'perpetual', sentence };
  const event = EVENT_END.exec(window);
  if (!event || NOT_AN_EVENT_END.test(lower) || (!earlierOrLater && EARLIER_OR_LATER.test(event[0]))) return null;
  return { iso: null, perpetual: false, basis: 'event', sentence };
}

/** "The Term starts on the Launch Date", with the launch dated elsewhere. */
function namedStartDate(contract: Contract, sentence: Sentence, lower: string): string | null {
  const next = nextSentence(allSentences(contract), sentence);
  const nextLower = next ? contract.normalized.slice(next.span.start, next.span.end).toLowerCase() : '';
  return namedStart(contract, [lower, nextLower])?.iso ?? null;
}

function startIn(lower: string, sentence: Sentence, dates: readonly DateFact[]): string | null {
  for (const date of dates) {
    const at = date.span.start - sentence.span.start;
    if (/\b(?:commenc\w*|begin\w*|start\w*|effective|from)\s+(?:on\s+|as\s+of\s+|upon\s+)?(?:the\s+)?$/.test(lower.slice(Math.max(0, at - 40), at))) return date.iso;
  }
  return null;
}

interface TermLength {
  readonly months: number;
  /** Where the length is written, relative to the sentence. */
  readonly at: number;
  /** Counted from an event ("from the first commercial sale"), not from the agreement's start. */
  readonly fromEvent?: boolean;
}

// "continue in effect for the Service Period": a period the draft defines elsewhere (the agreement's own term is not one).
const FOR_DEFINED_PERIOD = /\b(?:for|through|during)\s+the\s+((?:[a-z]+\s+){1,2}(?:period|term))\b/;
const OWN_TERM = /^(?:initial|renewal|then[- ]current|current|entire|full|same|agreement|contract|such|original)\s+(?:term|period)$/;

function definedPeriodIn(contract: Contract, window: string): DateFact | null {
  const m = FOR_DEFINED_PERIOD.exec(window);
  return m && !OWN_TERM.test(m[1]) ? definedPeriodEnd(contract, m[1]) : null;
}

// "will end automatically upon the end of Year 3", where the draft counts its years from the effective date.
const END_OF_YEAR_N = /\b(?:end|expire|terminate)s?\s+(?:automatically\s+)?(?:upon|at|on|with)\s+(?:the\s+)?(?:end|expiration|expiry|close)\s+of\s+((?:contract\s+|agreement\s+)?year)\s+(\d{1,2}|[a-z]+)\b/;

function contractYearsLength(contract: Contract, window: string, offset: number): TermLength | null {
  const m = END_OF_YEAR_N.exec(window);
  if (!m) return null;
  const years = /\d/.test(m[2]) ? Number(m[2]) : NUMBER_WORDS[m[2]];
  return years && countsYearsFromStart(contract, m[1]) ? { months: years * 12, at: offset + m.index } : null;
}

// The words after a length that count it from an event rather than from the agreement's start.
const FROM_EVENT = /^\s*(?:\([^)]{0,20}\)\s*)?(?:from|after|following)\s+(?:the\s+)?(?:date\s+of\s+(?:the\s+)?)?(?:(?:first|initial)\s+(?:commercial\s+)?(?:sale|launch|shipment|delivery|introduction)|(?:commercial\s+)?launch\b(?!\s+date)|(?:marketing|regulatory)\s+approval)/;

function anniversaryLength(window: string, offset: number): TermLength | null {
  const m = ANNIVERSARY.exec(window);
  if (!m) return null;
  const years = m[2] ? Number(m[2]) : ORDINALS[m[1]] ?? NUMBER_WORDS[m[1]];
  return years ? { months: years * 12, at: offset + m.index } : null;
}

function durationLength(contract: Contract, sentence: Sentence, lower: string, subject: number, firstTermEnds: number): TermLength | null {
  for (const d of within(contract.facts.durations, sentence.span)) {
    const at = d.span.start - sentence.span.start;
    if (at < subject || at > firstTermEnds || d.recurring || d.unit === 'hour' || (d.unit === 'day' && d.value < 90)) continue;
    // "shall terminate upon the occurrence of any of the following: … (c) ninety (90) days after notice": a cause, not a length.
    if (TRIGGER_LIST.test(lower.slice(subject, at))) return null;
    const roles = rolesOf(lower, sentence.span.start, d);
    if (roles.notice) continue;
    const months = toMonths(d);
    if (months >= 1) return { months, at, fromEvent: FROM_EVENT.test(lower.slice(d.span.end - sentence.span.start, d.span.end - sentence.span.start + 80)) };
  }
  return null;
}

/** "until the end of the calendar year (quarter, month) in which the Effective Date falls": the last day of that period. */
const CALENDAR_PERIOD_END = /\b(?:until|through|to|ending\s+(?:on|at)|expire\s+(?:on|at)|terminate\s+(?:on|at))\s+the\s+(?:last\s+day\s+of|end\s+of)\s+the\s+(?:calendar\s+)?(year|quarter|month)\s+in\s+which\b/;

function calendarPeriodEnd(window: string, start: string | null): string | null {
  const m = CALENDAR_PERIOD_END.exec(window);
  if (!m || !start) return null;
  const [year, month] = start.split('-').map(Number);
  const lastMonth = m[1] === 'year' ? 12 : m[1] === 'quarter' ? Math.ceil(month / 3) * 3 : month;
  const lastDay = new Date(Date.UTC(year, lastMonth, 0)).getUTCDate();
  return `${year}-${String(lastMonth).padStart(2, '0')}-${String(lastDay).padStart(2, '0')}`;
}
