import type { Rule, RuleFinding } from '../../rule';
import { describeMonths, durationAt, phraseDuration, rewordDuration } from '../wording';

export const longRenewalTerm: Rule = {
  meta: {
    id: 'renewal/long-renewal-term',
    family: 'renewal',
    title: 'Automatic renewal term longer than the playbook allows',
    defaultSeverity: 'warning',
    why: 'Each automatic renewal commits the buyer to another full term at once. A long renewal term turns one missed notice deadline into years of spend on a platform the buyer may want to leave.',
    askFor: 'Renewal terms of twelve months or less (month-to-month is better), so a missed deadline costs at most one more year.',
    appliesTo: ['msa', 'order-form', 'unknown'],
  },
  check({ contract, keyTerms, playbook }): RuleFinding[] {
    const renewal = keyTerms.renewal;
    if (!renewal?.automatic) return [];
    const max = playbook.renewal.maxTermMonths;
    const preferred = playbook.renewal.preferredTermMonths;
    const span = renewal.termSpan ?? renewal.span;
    const facts = { termMonths: renewal.termMonths, termBasis: renewal.termBasis, maxTermMonths: max };
    const unit = preferred % 12 === 0 ? 'year' : 'month';
    const value = unit === 'year' ? preferred / 12 : preferred;

    if (renewal.termBasis === 'same-as-initial') {
      if (renewal.termMonths !== null && renewal.termMonths <= max) return [];
      const length = renewal.termMonths === null ? ', a length this draft does not state' : ` (${describeMonths(renewal.termMonths)})`;
      const wording = contract.text.slice(span.start, span.end);
      const replacement = `of ${phraseDuration(contract, value, unit)}`;
      return [{
        span,
        message: `Renews automatically for periods equal to the Initial Term${length}; your playbook allows renewal terms of at most ${max} months.`,
        facts,
        fixes: [{ title: `Replace "${wording}" with "${replacement}"`, edits: [{ span, newText: replacement }], safe: false }],
      }];
    }
    if (renewal.termMonths === null || renewal.termMonths <= max) return [];
    const duration = renewal.termSpan ? durationAt(contract, renewal.termSpan) : undefined;
    const newText = duration ? rewordDuration(contract, duration, value, unit) : null;
    return [{
      span,
      message: `Renews automatically for ${describeMonths(renewal.termMonths)} at a time; your playbook allows at most ${max} months.`,
      facts,
      fixes: newText ? [{ title: `Change the renewal term to ${newText}`, edits: [{ span, newText }], safe: false }] : [],
    }];
  },
};
