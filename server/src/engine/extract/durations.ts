// Periods of time: "thirty (30) days", "one-year", "five (5)-year",
// "three (3) Business Days", "a year", "an additional year", and recurring
// periods: "month-to-month", "year to year", "annual", "annually".
import type { DurationFact, DurationUnit, Span } from '../model';
import type { NumberHit } from './numbers';
import { NUM, entryAt, inline, isSym, touching, type Tokens } from './tokens';

const HYPHEN = 45;
const CLOSE = 41;
const MAX_MODIFIERS = 2;

interface UnitMatch {
  readonly index: number;
  readonly unit: DurationUnit;
}

function spanOf(t: Tokens, i: number): Span {
  return { start: t.start[i], end: t.end[i] };
}

/**
 * The unit after token `from - 1`, past at most two modifiers: "days",
 * "calendar days", "Business Days", "additional consecutive months".
 */
function unitAfter(t: Tokens, from: number): UnitMatch | null {
  let k = from;
  let business = false;
  for (let n = 0; n <= MAX_MODIFIERS && k < t.count; n++) {
    if (!inline(t, k - 1)) return null;
    const entry = entryAt(t, k);
    if (entry?.unit) {
      const unit = business && entry.unit === 'day' ? 'business-day' : entry.unit;
      return { index: k, unit };
    }
    if (!entry?.modifier) return null;
    if (entry.modifier === 'business') business = true;
    k++;
  }
  return null;
}

/** "month-to-month", "year to year" starting at token i. Returns the index after it, or -1. */
function recurringEnd(t: Tokens, i: number): number {
  const unit = entryAt(t, i)?.unit;
  if (unit !== 'month' && unit !== 'year' && unit !== 'week') return -1;
  const sameUnit = (k: number): boolean => entryAt(t, k)?.unit === unit;
  if (isSym(t, i + 1, HYPHEN) && entryAt(t, i + 2)?.to && isSym(t, i + 3, HYPHEN) && sameUnit(i + 4)
    && touching(t, i) && touching(t, i + 1) && touching(t, i + 2) && touching(t, i + 3)) return i + 5;
  if (entryAt(t, i + 1)?.to && sameUnit(i + 2) && inline(t, i) && inline(t, i + 1)) return i + 3;
  return -1;
}

/** A number followed by a unit: the hit's number, an optional hyphen, modifiers, the unit. */
function fromNumber(t: Tokens, hit: NumberHit): DurationFact | null {
  let k = hit.end;
  if (isSym(t, k, HYPHEN) && touching(t, k - 1) && touching(t, k)) k++;
  const unit = unitAfter(t, k);
  if (!unit) return null;
  return {
    span: { start: hit.fact.span.start, end: t.end[unit.index] },
    value: hit.fact.value, unit: unit.unit, number: hit.fact, unitSpan: spanOf(t, unit.index),
  };
}

/** "a year", "an additional month"; not "24 hours a day", "$100 a month", "twice a year", "a Business Day". */
function fromArticle(t: Tokens, i: number): DurationFact | null {
  const previous = i - 1;
  if (previous >= 0 && inline(t, previous)) {
    const entry = entryAt(t, previous);
    if (entry?.rate || entry?.unit || entry?.currency || t.kind[previous] === NUM || isSym(t, previous, CLOSE)) {
      return null;
    }
  }
  const unit = unitAfter(t, i + 1);
  // "a day" and "a business day" in contracts name a kind of day ("is not a
  // Business Day", "means a day other than"), far more often than a period.
  if (!unit || unit.unit === 'day' || unit.unit === 'business-day' || recurringEnd(t, unit.index) > 0) return null;
  // "a year-end", "a day-to-day matter": the unit word is part of a compound.
  if (isSym(t, unit.index + 1, HYPHEN) && touching(t, unit.index)) return null;
  // "half a year" is six months, not a year.
  if (previous >= 0 && inline(t, previous) && t.text.slice(t.start[previous], t.end[previous]).toLowerCase() === 'half') {
    const halved = HALF[unit.unit];
    if (!halved) return null;
    return { span: { start: t.start[previous], end: t.end[unit.index] }, value: halved.value, unit: halved.unit, unitSpan: spanOf(t, unit.index) };
  }
  return {
    span: { start: t.start[i], end: t.end[unit.index] },
    value: 1, unit: unit.unit, unitSpan: spanOf(t, unit.index),
  };
}

/** Half of a unit, in a whole number of a smaller one. */
const HALF: Partial<Record<DurationUnit, { value: number; unit: DurationUnit }>> = {
  year: { value: 6, unit: 'month' },
  month: { value: 15, unit: 'day' },
  week: { value: 84, unit: 'hour' },
  day: { value: 12, unit: 'hour' },
};

function recurring(t: Tokens, i: number, end: number, unit: DurationUnit): DurationFact {
  return {
    span: { start: t.start[i], end: t.end[end - 1] },
    value: 1, unit, unitSpan: spanOf(t, i), recurring: true,
  };
}

/** Every duration, in order. Hits already read as percentages or money (`used`) are skipped. */
export function scanDurations(t: Tokens, hits: readonly NumberHit[], used: Uint8Array): DurationFact[] {
  const durations: DurationFact[] = [];
  const unitTaken = new Set<number>();
  hits.forEach((hit, index) => {
    if (used[index]) return;
    const duration = fromNumber(t, hit);
    if (!duration) return;
    durations.push(duration);
    unitTaken.add(duration.unitSpan.start);
  });

  const countedUpTo = durations.length;
  for (let i = 0; i < t.count; i++) {
    const entry = entryAt(t, i);
    if (!entry) continue;
    if (entry.annual) {
      durations.push(recurring(t, i, i + 1, 'year'));
    } else if (entry.unit && !unitTaken.has(t.start[i])) {
      const end = recurringEnd(t, i);
      if (end > 0) {
        durations.push(recurring(t, i, end, entry.unit));
        i = end - 1;
      }
    } else if (entry.article) {
      const duration = fromArticle(t, i);
      if (duration) durations.push(duration);
    }
  }
  // Both passes are in order on their own; merge them.
  if (durations.length > countedUpTo && countedUpTo > 0) durations.sort((a, b) => a.span.start - b.span.start);
  return joinCompound(t.text, durations);
}

/** A larger unit and how many of the smaller one it holds, for terms written in two parts. */
const PARTS: Partial<Record<DurationUnit, { smaller: DurationUnit; holds: number }>> = {
  year: { smaller: 'month', holds: 12 },
  week: { smaller: 'day', holds: 7 },
};

/**
 * "two (2) years and six (6) months" is one period of 30 months, not two
 * years followed by a stray half-year: join a larger unit and the next smaller
 * one when only "and" or a comma stands between them.
 */
function joinCompound(text: string, durations: DurationFact[]): DurationFact[] {
  if (durations.length < 2) return durations;
  const joined: DurationFact[] = [];
  for (let i = 0; i < durations.length; i++) {
    const first = durations[i];
    const second = durations[i + 1];
    const part = PARTS[first.unit];
    if (second && part && second.unit === part.smaller && !first.recurring && !second.recurring
      && /^\s*(?:,\s*)?and\s+$|^,\s+$/.test(text.slice(first.span.end, second.span.start))) {
      joined.push({
        span: { start: first.span.start, end: second.span.end },
        value: first.value * part.holds + second.value, unit: part.smaller, unitSpan: second.unitSpan,
      });
      i++;
    } else {
      joined.push(first);
    }
  }
  return joined;
}
