import type { Rule, RuleContext, RuleFinding } from '../../rule';
import type { Fix, Span } from '../../model';
import { appendTemplateFix, COMMERCIAL_KINDS, money } from './common';

export const rigidMinimumCommitment: Rule = {
  meta: {
    id: 'commercial/rigid-minimum-commitment',
    family: 'commercial',
    title: 'Minimum commitment with no way down',
    defaultSeverity: 'warning',
    why: 'A minimum the buyer can never reduce, roll over or true down is paid in full even when contact volumes fall or agents move to another tool; a minimum that stays payable after the buyer leaves for the vendor\'s breach makes the vendor\'s failure the buyer\'s bill.',
    askFor: 'A yearly right to reduce the commitment by a stated share, unused amounts carried into the next period, and no minimum owed once the buyer ends the agreement for the vendor\'s breach or chronic failure.',
    appliesTo: COMMERCIAL_KINDS,
  },
  check(context): RuleFinding[] {
    const m = context.keyTerms.commercial?.minimumCommitment;
    if (!m) return [];
    const what = m.amount !== null ? `A minimum commitment of ${money(m.amount, m.currency)}${m.period ? ` per ${m.period}` : ''}` : `A minimum ${m.kind === 'seats' ? 'seat' : m.kind} commitment`;
    const facts = { kind: m.kind, amount: m.amount, currency: m.currency, period: m.period, reducible: m.reducible, survivesTermination: m.survivesTermination, regardlessOfUsage: m.regardlessOfUsage };
    const findings: RuleFinding[] = [];
    if (!m.reducible) {
      const regardless = m.regardlessOfUsage ? ', owed regardless of actual usage,' : '';
      findings.push({
        span: m.span,
        message: `${what}${regardless} with no right to reduce it, roll unused amounts over or true down.`,
        facts,
        fixes: appendTemplateFix(context, m.span, 'commercial/commitment-flexibility', 'Add a right to reduce and roll over the commitment'),
      });
    }
    if (m.survivesTermination && m.survivesSpan) {
      findings.push({
        span: m.survivesSpan,
        message: 'The minimum (or the fees for the rest of the term) stays payable after any termination, even one for the vendor\'s breach.',
        facts,
        fixes: exceptVendorBreach(context, m.survivesSpan),
      });
    }
    return findings;
  },
};

/** Add the exception inside the sentence, before its full stop, so the minimum is no longer owed after a termination for the vendor's breach. */
function exceptVendorBreach(context: RuleContext, span: Span): Fix[] {
  const text = context.contract.text.slice(span.start, span.end);
  const stop = /[.;:]?\s*$/.exec(text);
  const at = span.start + (stop ? stop.index : text.length);
  const newText = ', except where Customer ends this Agreement because of Provider\'s breach or a chronic failure of the Service';
  return [{ title: 'Release the commitment when Customer leaves for the vendor\'s breach', edits: [{ span: { start: at, end: at }, newText }], safe: false }];
}
