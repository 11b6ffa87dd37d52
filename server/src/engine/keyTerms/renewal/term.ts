import type { DurationFact, Sentence, Span } from '../../model';
import { toMonths } from '../../facts';
import { offsetIn, rolesOf } from '../durationRoles';
import type { RenewalTerms } from '../types';
import { EVERGREEN, RECURRING_PHRASE, SAME_AS_INITIAL } from './patterns';

// How long each renewal lasts, read from the sentence that grants it.

export interface TermReading {
  readonly months: number | null;
  readonly basis: RenewalTerms['termBasis'];
  readonly span: Span;
}

export function readTerm(sentence: Sentence, lower: string, durations: readonly DurationFact[], initialTermMonths: number | null): TermReading | null {
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
    const month = (recurring[1] ?? recurring[2] ?? recurring[3]).startsWith('month');
    const at = sentence.span.start + recurring.index;
    return { months: month ? 1 : 12, basis: month ? 'month-to-month' : 'stated', span: { start: at, end: at + recurring[0].length } };
  }
  if (evergreen) return { months: null, basis: 'evergreen', span: evergreen };
  return null;
}

