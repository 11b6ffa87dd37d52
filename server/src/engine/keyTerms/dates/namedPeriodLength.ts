import type { Contract, DurationFact } from '../../model';
import { toMonths } from '../../facts';

// A period the draft names and sizes elsewhere: "… for a Renewal Term" where another sentence says "Each Renewal
// Term shall be one (1) year", or `for successive one-year periods (each, a "Renewal Term")`. The renewal reader
// asks for the length through the name instead of guessing.

/** How far a length may sit from the name that it sizes. */
const REACH = 90;
// After the name: "shall be", "is", "means", "will last", "of": the length follows.
const SIZED_AFTER = /^s?["\u201d*_]*\s*(?:\)\s*)?(?:shall\s+(?:be|mean|last|run)|will\s+(?:be|last|run)|is|are|means|lasts|runs|of)\b/;
// Before the name: `(each, a "Renewal Term")` closes a phrase that held the length.
const NAMED_AFTER = /\(\s*(?:each\s*,?\s*)?(?:an?\s+|the\s+|each\s+)?["\u201c*_]*$/;

/** The length the draft gives the named period ("renewal term", lower-cased), with where it says so. */
export function namedPeriodLength(contract: Contract, name: string): DurationFact | null {
  const lower = contract.normalized.toLowerCase();
  for (let at = lower.indexOf(name); at >= 0; at = lower.indexOf(name, at + name.length)) {
    const end = at + name.length;
    if (SIZED_AFTER.test(lower.slice(end, end + 40))) {
      const after = contract.facts.durations.find((d) => d.span.start >= end && d.span.start <= end + REACH);
      if (after && toMonths(after) >= 1 && !/[.;]/.test(lower.slice(end, after.span.start))) return after;
    }
    if (NAMED_AFTER.test(lower.slice(Math.max(0, at - 20), at))) {
      const before = [...contract.facts.durations].reverse().find((d) => d.span.end <= at && d.span.end >= at - REACH);
      if (before && toMonths(before) >= 1 && !/[.;]/.test(lower.slice(before.span.end, at))) return before;
    }
  }
  return null;
}
