import type { Rule, RuleFinding } from '../../rule';
import { toMonths, within } from '../../facts';
import { lowerText } from '../../keyTerms/sentenceIndex';
import { anchorFor, insertClauseFix, siblingWith } from '../dpa/placement';
import { describeMonths, phraseDuration, rewordDuration } from '../wording';
import type { DocumentKind, DurationFact, Fix, Span } from '../../model';
import type { RuleContext } from '../../rule';
import { appendTemplateFix, COMMERCIAL_KINDS } from './common';

// What it costs to leave: a charge for leaving early, fees that cannot be
// cancelled, and no right to leave without cause at all.

export const earlyTerminationCharge: Rule = {
  meta: {
    id: 'commercial/early-termination-charge',
    family: 'commercial',
    title: 'Charge for ending the agreement early',
    defaultSeverity: 'warning',
    why: 'A charge for the rest of the term (often the highest monthly invoice times the months left) turns a right to leave into the price of the whole contract, and takes away the buyer\'s leverage when the service disappoints.',
    askFor: 'No charge when the buyer leaves for the vendor\'s breach or chronic failure, and otherwise a charge of a few months\' fees at most.',
    appliesTo: COMMERCIAL_KINDS,
  },
  check(context): RuleFinding[] {
    const commercial = context.keyTerms.commercial;
    const e = commercial?.earlyTermination;
    // A minimum that survives every termination is the rigid-minimum finding already.
    if (!e || (commercial?.minimumCommitment?.survivesSpan?.start === e.span.start)) return [];
    const max = context.playbook.commercial.maxEarlyTerminationMonths;
    const stated = e.monthsRemaining ? undefined : within(context.contract.facts.durations, e.span).find((d) => d.unit === 'month' || d.unit === 'year');
    const months = stated ? toMonths(stated) : null;
    if (months !== null && months <= max) return [];
    const size = e.monthsRemaining
      ? 'runs with the months left in the term'
      : months !== null ? `is ${describeMonths(months)} of fees` : 'has no stated limit';
    const formula = e.formula ? ` ("${e.formula}")` : '';
    return [{
      span: e.span,
      message: `Ending early costs a charge that ${size}${formula}; your playbook accepts at most ${describeMonths(max)} of fees.`,
      facts: { formula: e.formula, monthsRemaining: e.monthsRemaining, months, maxEarlyTerminationMonths: max },
      fixes: limitChargeFix(context, e.span, e.formula, stated, max),
    }];
  },
};

/** Write the playbook's months in place of the draft's measure: its stated months, else its formula. */
function limitChargeFix(context: RuleContext, span: Span, formula: string | null, stated: DurationFact | undefined, max: number): Fix[] {
  if (max <= 0) return [];
  if (stated) {
    const newText = rewordDuration(context.contract, stated, max, 'month');
    return [{ title: `Limit the charge to ${newText} of fees`, edits: [{ span: stated.span, newText }], safe: false }];
  }
  if (!formula) return [];
  const at = context.contract.normalized.slice(span.start, span.end).toLowerCase().indexOf(formula);
  if (at < 0) return [];
  const newText = `the fees for ${phraseDuration(context.contract, max, 'month')}`;
  return [{ title: `Limit the charge to ${newText}`, edits: [{ span: { start: span.start + at, end: span.start + at + formula.length }, newText }], safe: false }];
}

export const nonCancellableFees: Rule = {
  meta: {
    id: 'commercial/non-cancellable-fees',
    family: 'commercial',
    title: 'Fees that cannot be cancelled',
    defaultSeverity: 'warning',
    why: 'Non-cancellable fees are owed for the whole term even when the buyer ends the agreement for the vendor\'s breach, so the buyer\'s termination rights are worth little.',
    askFor: 'A pro-rata refund of prepaid fees, and no further fees, when the buyer ends the agreement for breach, chronic failure or under a right to leave without cause.',
    appliesTo: COMMERCIAL_KINDS,
  },
  check(context): RuleFinding[] {
    const f = context.keyTerms.commercial?.feesCancellable;
    if (!f || f.cancellable || f.refundOnTermination) return [];
    return [{
      span: f.span,
      message: 'Fees or orders are stated to be non-cancellable.',
      facts: { feesCancellable: false },
      fixes: appendTemplateFix(context, f.span, 'commercial/fees-refundable', 'Add a refund when Customer leaves for cause'),
    }];
  },
};

const FEES = /\b(?:subscription|service|usage|monthly|annual|recurring|license|licence)\s+fees?\b|\bfees\s+(?:\S+\s+){0,4}?(?:payable|due|invoiced)\b|\bpay\s+(?:\S+\s+){0,3}?fees\b|\border\s+forms?\b/;
// The right's absence is reported only in the agreement that holds the term; a provider-only right is
// reported wherever it is stated (the commercial family runs on every kind of draft).
const ABSENCE_KINDS: readonly DocumentKind[] = ['msa'];
const TERMINATION_HEADING = /\bterm\s+and\s+termination\b|\btermination\b|\bterm\b/;

export const noTerminationForConvenience: Rule = {
  meta: {
    id: 'commercial/no-termination-for-convenience',
    family: 'commercial',
    title: 'No right to leave without cause',
    defaultSeverity: 'warning',
    why: 'Without a right to end the agreement for convenience the buyer is held for the whole term, whatever happens to its business or to the service short of a provable breach.',
    askFor: 'A right for the customer to end the agreement, or any order, without cause on reasonable notice, with no charge beyond fees for services already delivered.',
    appliesTo: ABSENCE_KINDS,
  },
  check(context): RuleFinding[] {
    const t = context.keyTerms.terminationForConvenience;
    if (t && (t.holders ?? [t.party]).some((holder) => holder !== 'provider')) return [];
    if (!t && !ABSENCE_KINDS.includes(context.contract.kind)) return [];
    // Being held to the term matters where the draft makes the customer pay for it.
    if (!FEES.test(lowerText(context.contract))) return [];
    if (siblingWith(context, (k) => (k.terminationForConvenience?.holders ?? []).some((holder) => holder !== 'provider'))) return [];
    const anchor = anchorFor(context, TERMINATION_HEADING);
    const message = t
      ? 'Only the vendor may end the agreement without cause; the customer has no such right.'
      : 'The customer has no right to end the agreement without cause.';
    return [{
      span: t ? t.span : anchor.span,
      message,
      facts: { party: t?.party ?? null },
      fixes: insertClauseFix(context, anchor, 'commercial/termination-for-convenience', 'Insert a termination-for-convenience clause'),
    }];
  },
};
