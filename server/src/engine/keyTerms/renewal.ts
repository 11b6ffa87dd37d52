import type { Contract, Sentence, Span } from '../model';
import type { RenewalTerms } from './types';
import { allSentences, indexOf, scoreGrant, type Candidate } from './renewal/grant';
import { durationsWithLoose } from './renewal/looseDurations';
import { readNotice, readRefusalNotice } from './renewal/notice';
import { readTerm, type TermReading } from './renewal/term';
import { namedPeriodLength } from './dates/namedPeriodLength';
import { toMonths } from '../facts';
import { MUTUAL, ONE_PARTY_CHOOSES } from './renewal/patterns';

const RENEWS_WITHOUT_TOPIC_WORDS = /\bsuccessor\s+(?:franchise|agreement)|\b(?:option|right)\s+to\s+continue/i;

// Reads the renewal clause: does the agreement renew by itself, for how long,
// and how much notice stops it. The sentence that grants the renewal is chosen
// by score among the sentences classified under the 'renewal' topic; the notice
// may sit in that sentence or in one of its neighbours.

export function readRenewal(contract: Contract, initialTermMonths: number | null): RenewalTerms | null {
  const sentences = candidateSentences(contract);
  const all = allSentences(contract);
  let best: Candidate | null = null;
  for (const sentence of sentences) {
    const candidate = scoreGrant(contract, sentence, indexOf(all, sentence));
    if (candidate && (!best || candidate.score > best.score)) best = candidate;
  }
  if (!best) return null;

  const { sentence, lower, automatic } = best;
  const durations = durationsWithLoose(contract, sentence, lower).filter((d) => d.unit !== 'hour');
  const term = readTerm(sentence, lower, durations, initialTermMonths) ?? namedTerm(contract, lower);
  const notice = readNotice(contract, best, durations, all);
  if (!term && !notice && !automatic && !/\b(?:renew|extend|extension)/.test(lower)) return null;

  const spans = [sentence.span, notice?.sentence.span].filter((s): s is Span => s !== undefined);
  // Notice stops an automatic renewal; for a renewal someone opts into, the notice exercises the option.
  const stop = automatic ? notice : readRefusalNotice(contract, best);
  return {
    automatic,
    byAgreement: !automatic && MUTUAL.test(lower) && !ONE_PARTY_CHOOSES.test(lower),
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


/**
 * The 'renewal' topic, plus the term sentences that renew without its words:
 * "the option to continue … for two additional terms", "a successor franchise".
 */
function candidateSentences(contract: Contract): readonly Sentence[] {
  const renewal = contract.topics.get('renewal') ?? [];
  const seen = new Set(renewal);
  const extra = (contract.topics.get('term') ?? []).filter((s) => !seen.has(s) && RENEWS_WITHOUT_TOPIC_WORDS.test(contract.normalized.slice(s.span.start, s.span.end)));
  return extra.length === 0 ? renewal : [...renewal, ...extra].sort((a, b) => a.span.start - b.span.start);
}

/** Renewal periods the sentence names but does not size ("… for a Renewal Term"), sized where the draft names them. */
const NAMED_PERIOD = /\b(?:renewal|extension|extended|additional)\s+(?:term|period)s?\b/;

function namedTerm(contract: Contract, lower: string): TermReading | null {
  const named = NAMED_PERIOD.exec(lower);
  const name = named?.[0].replace(/s$/, '');
  const length = name ? namedPeriodLength(contract, name) : null;
  return length ? { months: toMonths(length), basis: 'stated', span: length.span } : null;
}
