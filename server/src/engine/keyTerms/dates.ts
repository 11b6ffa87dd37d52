import type { Contract, DateFact, Sentence, Span } from '../model';
import { toMonths, within } from '../facts';
import { rolesOf } from './durationRoles';

export { readEffectiveDate, type DatedTerm } from './effectiveDate';

// The dates a buyer wants on a calendar: when the agreement starts, how long the
// first term runs, and the last day to stop it renewing.

const INITIAL_TERM_CUE = /\binitial\s+(?:subscription\s+|service\s+)?(?:term|period)|\bterm\s+of\s+(?:this|the)\s+agreement|\bshall\s+(?:commence|begin)|\bwill\s+(?:commence|begin)|\bshall\s+(?:continue|remain)|\bwill\s+(?:continue|remain)|\bsubscription\s+(?:term|period)/;
// "During the initial three (3) years of the Term": a stretch inside the term, not its length;
// "for one (1) year following the expiration or termination of this Agreement": a stretch after it.
const PART_OF_THE_TERM = /^\s*(?:\([^)]{0,12}\)\s*)?(?:of\s+(?:the\s+|this\s+)?(?:initial\s+)?term\b|(?:following|after)\s+(?:the\s+|any\s+|its\s+)?(?:expiration|expiry|termination|end)\b)/;
const END_DATE_CUE = /\b(?:until|through|ending\s+on|expire\s+on|expires\s+on|terminate\s+on)\s+$/;

const MENTIONED = /\b(?:during|throughout|within|through|for\s+the\s+remainder\s+of)\s+(?:the\s+)?$/;

export interface InitialTerm {
  readonly months: number;
  readonly span: Span;
}

export function readInitialTerm(contract: Contract, effectiveDate: string | null): InitialTerm | null {
  for (const sentence of contract.topics.get('term') ?? []) {
    const lower = contract.normalized.slice(sentence.span.start, sentence.span.end).toLowerCase();
    const cueIndex = definingCue(lower);
    if (cueIndex < 0) continue;
    const found = durationAfterCue(contract, sentence, lower, cueIndex) ?? endDateTerm(contract, sentence, lower, effectiveDate);
    if (found) return found;
  }
  return null;
}

/**
 * Where the sentence starts to state the term, or -1. "At all times during the Term of this Agreement, X shall
 * warrant … for thirty-six (36) months" only mentions the term: its months belong to something else.
 */
function definingCue(lower: string): number {
  const cues = new RegExp(INITIAL_TERM_CUE.source, 'g');
  for (let m = cues.exec(lower); m !== null; m = cues.exec(lower)) {
    if (!MENTIONED.test(lower.slice(Math.max(0, m.index - 30), m.index))) return m.index;
  }
  return -1;
}

function durationAfterCue(contract: Contract, sentence: Sentence, lower: string, cueIndex: number): InitialTerm | null {
  const renewalCue = lower.search(/\brenew|\bsuccessive|\bthereafter|\bextend|\badditional/);
  for (const d of within(contract.facts.durations, sentence.span)) {
    const at = d.span.start - sentence.span.start;
    const roles = rolesOf(lower, sentence.span.start, d);
    if (roles.notice || d.recurring || toMonths(d) < 1 || PART_OF_THE_TERM.test(lower.slice(d.span.end - sentence.span.start))) continue;
    const beforeRenewal = renewalCue < 0 || at < renewalCue;
    if (roles.initial || (beforeRenewal && at > cueIndex - 80)) return { months: toMonths(d), span: d.span };
  }
  return null;
}

function endDateTerm(contract: Contract, sentence: Sentence, lower: string, effectiveDate: string | null): InitialTerm | null {
  if (!effectiveDate) return null;
  const end = within(contract.facts.dates, sentence.span).find((d: DateFact) => {
    const at = d.span.start - sentence.span.start;
    return END_DATE_CUE.test(lower.slice(Math.max(0, at - 30), at));
  });
  if (!end) return null;
  const months = monthsBetween(effectiveDate, end.iso);
  return months > 0 ? { months, span: end.span } : null;
}

/** Whole months from one ISO date to another, counting a term that ends on the eve of an anniversary as full. */
export function monthsBetween(fromIso: string, toIso: string): number {
  // The day after the term's last day is when a whole number of months would end.
  const next = addToDate(toIso, 0, 1);
  const [fy, fm] = fromIso.split('-').map(Number);
  const [ty, tm] = next.split('-').map(Number);
  let months = (ty - fy) * 12 + (tm - fm);
  if (addToDate(fromIso, months, 0) > next) months -= 1;
  return months;
}

/** ISO date + whole months (clamped to the month's last day) + days. */
export function addToDate(iso: string, months: number, days: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const firstOfTarget = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(firstOfTarget.getUTCFullYear(), firstOfTarget.getUTCMonth() + 1, 0)).getUTCDate();
  const date = new Date(Date.UTC(firstOfTarget.getUTCFullYear(), firstOfTarget.getUTCMonth(), Math.min(d, lastDay) + days));
  return date.toISOString().slice(0, 10);
}

/**
 * The last day to give notice of non-renewal before the first renewal: the
 * initial term ends the day before its anniversary, and the notice must arrive
 * at least `noticeDays` before that day. Reading "before the end" as the last
 * day of the term gives the earlier, safer deadline.
 */
export function nonRenewalDeadline(effectiveDate: string, initialTermMonths: number, noticeDays: number): string {
  return addToDate(effectiveDate, initialTermMonths, -1 - noticeDays);
}
