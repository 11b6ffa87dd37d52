import type { Contract, DurationFact, DurationUnit, NumberFact, Sentence } from '../../model';
import { within } from '../../facts';

// Durations the extractor cannot see because the draft mangled them, read here
// only inside the renewal sentences so the rest of the engine keeps its strict
// reading:
//   "an additional four (4) -year period"   a space before the hyphen
//   "30- days advance notice"               a space after it
//   "no less than 120 prior to the expiry"  a notice period whose unit was left out
// A notice period with no unit is counted in days: drafts state notice in days
// far more than in any other unit, and months or years are never left implicit.

const HYPHENATED_UNIT = /^(?:\s+-\s*|-\s+)(year|month|week|day)s?\b/;
const UNITS: Readonly<Record<string, DurationUnit>> = { year: 'year', month: 'month', week: 'week', day: 'day' };
const BARE_NOTICE_AFTER = /^\s+(?:prior\s+to|before|in\s+advance\s+of)\b/;
const BARE_NOTICE_BEFORE = /(?:at\s+least|not\s+less\s+than|no\s+less\s+than|no\s+later\s+than|not\s+later\s+than|minimum\s+of)\s+$/;

/** The sentence's durations, with the mangled ones added in document order. */
export function durationsWithLoose(contract: Contract, sentence: Sentence, lower: string): DurationFact[] {
  const strict = within(contract.facts.durations, sentence.span);
  const loose: DurationFact[] = [];
  for (const number of within(contract.facts.numbers, sentence.span)) {
    if (strict.some((d) => d.span.start <= number.span.start && number.span.end <= d.span.end)) continue;
    const found = looseDuration(lower, sentence.span.start, number);
    if (found) loose.push(found);
  }
  if (loose.length === 0) return strict;
  return [...strict, ...loose].sort((a, b) => a.span.start - b.span.start);
}

function looseDuration(lower: string, sentenceStart: number, number: NumberFact): DurationFact | null {
  const at = number.span.start - sentenceStart;
  const end = number.span.end - sentenceStart;
  const after = lower.slice(end, end + 30);
  const hyphen = HYPHENATED_UNIT.exec(after);
  if (hyphen) {
    const unitEnd = number.span.end + hyphen[0].length;
    const unitStart = number.span.end + hyphen[0].indexOf(hyphen[1]);
    return { span: { start: number.span.start, end: unitEnd }, value: number.value, unit: UNITS[hyphen[1]], number, unitSpan: { start: unitStart, end: unitEnd } };
  }
  if (BARE_NOTICE_AFTER.test(after) && BARE_NOTICE_BEFORE.test(lower.slice(Math.max(0, at - 30), at)) && Number.isInteger(number.value) && number.value >= 5 && number.value <= 365) {
    return { span: number.span, value: number.value, unit: 'day', number, unitSpan: number.span };
  }
  return null;
}
