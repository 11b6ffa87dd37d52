import type { Contract, DurationFact, Sentence, Span } from '../../model';
import { toDays, within } from '../../facts';
import { rolesOf } from '../durationRoles';
import { blankNoticeIn } from './blankNotice';
import type { Candidate } from './grant';
import { durationsWithLoose } from './looseDurations';
import { EVERGREEN, IRRELEVANT, NEIGHBOUR_ABOUT_RENEWAL, NON_RENEWAL_NOTICE, NOTICE_OF_NON_RENEWAL, WINDOW_OPENS } from './patterns';

// How much notice stops (or exercises) the renewal: in the granting sentence,
// a neighbour, or a non-renewal sentence elsewhere in the draft.

// "may terminate at any time during the Initial Term or the Extended Term upon 45 days' notice" is a termination
// for convenience: it does not wait for a term to end, so its notice does not stop a renewal. (A neighbour that
// lets a party end an evergreen continuation at any time does stop it, so the initial term must be named.)
const ANY_TIME = /\bat\s+any\s+time\b[^.;]{0,60}?\b(?:initial|original|first)\s+(?:term|period)\b/;

export interface NoticeReading {
  /** null when the draft asks for notice but its length is redacted or blank. */
  readonly days: number | null;
  readonly span: Span;
  readonly sentence: Sentence;
  readonly opensDays: number | null;
  readonly opensSpan: Span | null;
}

export function readNotice(contract: Contract, best: Candidate, ownDurations: readonly DurationFact[], all: readonly Sentence[]): NoticeReading | null {
  const own = noticeIn(contract, best.sentence, best.lower, ownDurations);
  if (own) return own;
  // "… renews for successive one-year terms. Either party may prevent renewal by notice given ninety (90) days before …"
  // After "shall continue thereafter until terminated", the next sentence's notice to terminate is what ends it.
  const evergreen = EVERGREEN.test(best.lower);
  for (const neighbour of neighboursOf(contract, all, best.index)) {
    if (Math.abs(neighbour.span.start - best.sentence.span.start) > 2000) continue;
    const lower = contract.normalized.slice(neighbour.span.start, neighbour.span.end).toLowerCase();
    if (!/\bnotice|\bnotif|\bin\s+writing|\bwritten\b/.test(lower) || !(NEIGHBOUR_ABOUT_RENEWAL.test(lower) || (evergreen && /\bterminat/.test(lower)))) continue;
    if (ANY_TIME.test(lower) && !NON_RENEWAL_NOTICE.test(lower)) continue;
    const found = noticeIn(contract, neighbour, lower, durationsWithLoose(contract, neighbour, lower));
    // A blank length in a neighbour counts only when the neighbour plainly is about non-renewal:
    // "[***] prior written notice" alone may belong to a price change or a forecast.
    if (found && found.days === null && !NON_RENEWAL_NOTICE.test(lower)) continue;
    if (found) return found;
  }
  // Some drafts put the notice in a termination clause far from the renewal grant.
  for (const sentence of contract.topics.get('non-renewal-notice') ?? []) {
    const lower = contract.normalized.slice(sentence.span.start, sentence.span.end).toLowerCase();
    if (!NON_RENEWAL_NOTICE.test(lower)) continue;
    const found = noticeIn(contract, sentence, lower, durationsWithLoose(contract, sentence, lower));
    if (found) return found;
  }
  return null;
}

/**
 * For a renewal one party may choose, the notice by which the other refuses it: "the Franchisor shall notify the
 * Franchisee of its non-renewal at least six (6) months before the term ends". Only a notice named as one of
 * non-renewal counts (the grant's own notice exercises the option), and the sentence that imposes the duty
 * ("shall", "must", "will") is preferred over a condition that restates it ("provided it has not given notice of …").
 */
export function readRefusalNotice(contract: Contract, best: Candidate): NoticeReading | null {
  let fallback: NoticeReading | null = null;
  for (const sentence of contract.topics.get('non-renewal-notice') ?? []) {
    if (sentence.span.start === best.sentence.span.start) continue;
    const lower = contract.normalized.slice(sentence.span.start, sentence.span.end).toLowerCase();
    if (!NOTICE_OF_NON_RENEWAL.test(lower) || IRRELEVANT.test(lower)) continue;
    const found = noticeIn(contract, sentence, lower, durationsWithLoose(contract, sentence, lower));
    if (!found || found.days === null) continue;
    if (/\b(?:shall|must|will)\b/.test(lower)) return found;
    fallback ??= found;
  }
  return fallback;
}

/** The two sentences after the grant and the one before, passing over page numbers a PDF copy left between them. */
function neighboursOf(contract: Contract, all: readonly Sentence[], index: number): Sentence[] {
  const out: Sentence[] = [];
  for (let i = index + 1; i < all.length && out.length < 2; i++) if (hasWords(contract, all[i])) out.push(all[i]);
  for (let i = index - 1; i >= 0; i--) {
    if (!hasWords(contract, all[i])) continue;
    out.push(all[i]);
    break;
  }
  return out;
}

function hasWords(contract: Contract, sentence: Sentence): boolean {
  return /[a-z]{2}/i.test(contract.normalized.slice(sentence.span.start, sentence.span.end));
}

function noticeIn(contract: Contract, sentence: Sentence, lower: string, durations: readonly DurationFact[]): NoticeReading | null {
  const notices = durations.filter((d) => d.unit !== 'hour' && rolesOf(lower, sentence.span.start, d).notice);
  if (notices.length === 0) {
    const blank = blankNoticeIn(sentence, lower);
    return blank ? { days: null, span: blank, sentence, opensDays: null, opensSpan: null } : null;
  }
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

