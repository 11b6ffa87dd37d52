import type { Rule, RuleFinding } from '../../rule';
import { durationAt, describeMonths, rewordDuration } from '../wording';
import { within } from '../../facts';
import { DATA_CARVE_OUTS } from '../../keyTerms/commercial/liabilityTerms';
import { appendTemplateFix, COMMERCIAL_KINDS, money, replaceWithTemplate } from './common';

// The liability cap: high enough to matter, and not the ceiling on what a
// data breach costs the buyer.

export const lowLiabilityCap: Rule = {
  meta: {
    id: 'liability/low-cap',
    family: 'commercial',
    title: 'Liability cap below the playbook\'s months of fees',
    defaultSeverity: 'warning',
    why: 'The cap is the most the buyer can recover when the service fails badly. A cap of a few months\' fees is less than the cost of one serious outage or a forced migration.',
    askFor: 'A cap of at least the fees for twelve months (or the playbook\'s figure), measured on fees paid and payable, not only fees paid.',
    appliesTo: COMMERCIAL_KINDS,
  },
  check(context): RuleFinding[] {
    const cap = context.keyTerms.commercial?.liabilityCap;
    const min = context.playbook.liability.minCapMonths;
    if (!cap) return [];
    const monthly = monthlyFees(context);
    const months = cap.feesBased && cap.feesMonths !== null ? cap.feesMonths
      : cap.amount !== null && monthly !== null ? Math.round((cap.amount / monthly) * 10) / 10 : null;
    if (months === null || months >= min) return [];
    const facts = { capMonths: months, amount: cap.amount, currency: cap.currency, minCapMonths: min };
    if (cap.feesBased && cap.feesMonths !== null) {
      const period = within(context.contract.facts.durations, cap.span).find((d) => d.unit === 'month' || d.unit === 'year');
      const exact = period ? durationAt(context.contract, period.span) : undefined;
      const newText = exact ? rewordDuration(context.contract, exact, min, 'month') : null;
      return [{
        span: period?.span ?? cap.span,
        message: `Liability is capped at ${describeMonths(months)} of fees; your playbook asks for at least ${describeMonths(min)}.`,
        facts,
        fixes: exact && newText ? [{ title: `Raise the cap to ${newText} of fees`, edits: [{ span: exact.span, newText }], safe: false }] : [],
      }];
    }
    return [{
      span: cap.span,
      message: `Liability is capped at ${money(cap.amount ?? 0, cap.currency)}, about ${months} months of the fees the draft states; your playbook asks for at least ${describeMonths(min)}.`,
      facts,
      fixes: [],
    }];
  },
};

/** The monthly fee the draft commits to, when it states one: the minimum spend per month, quarter or year. */
function monthlyFees(context: Parameters<Rule['check']>[0]): number | null {
  const m = context.keyTerms.commercial?.minimumCommitment;
  if (!m || m.kind !== 'spend' || m.amount === null || m.amount <= 0) return null;
  const perMonth = { month: 1, quarter: 3, year: 12 } as const;
  return m.period && m.period !== 'term' ? m.amount / perMonth[m.period] : null;
}

export const noDataBreachCarveOut: Rule = {
  meta: {
    id: 'liability/no-data-breach-carve-out',
    family: 'commercial',
    title: 'Data-protection and confidentiality breaches under the general cap',
    defaultSeverity: 'warning',
    why: 'A breach of customer data (call recordings, transcripts, customer records) costs notification, regulators and claims far above a year of fees. Under the general cap the vendor bears almost none of it.',
    askFor: 'Breaches of confidentiality, data protection and security outside the general cap: uncapped, or under a separate higher cap (a multiple of annual fees).',
    appliesTo: COMMERCIAL_KINDS,
  },
  check(context): RuleFinding[] {
    const cap = context.keyTerms.commercial?.liabilityCap;
    if (!cap) return [];
    const wanted = context.playbook.liability.dataBreach;
    const breach = cap.dataBreach;
    const facts = { carveOuts: cap.carveOuts.join(', '), dataBreachUncapped: breach?.uncapped ?? null, wanted };
    if (breach?.uncapped || (breach && wanted === 'super-cap')) return [];
    if (breach) {
      const size = breach.multiple !== null ? `${breach.multiple} times` : breach.amount !== null ? money(breach.amount, breach.currency) : 'a separate cap';
      return [{
        span: breach.span,
        message: `Data-protection and confidentiality breaches have their own cap (${size}); your playbook wants them uncapped.`,
        facts,
        fixes: replaceWithTemplate(context, breach.span, 'liability/data-breach-uncapped', 'Replace the separate cap: no cap for data and confidentiality breaches'),
      }];
    }
    const others = cap.carveOuts.filter((c) => !DATA_CARVE_OUTS.has(c));
    const carved = others.length > 0 ? ` (the cap excepts only ${others.join(', ')})` : '';
    const template = wanted === 'uncapped' ? 'liability/data-breach-uncapped' : 'liability/data-breach-super-cap';
    return [{
      span: cap.span,
      message: `Data-protection and confidentiality breaches fall under the general liability cap${carved}.`,
      facts,
      fixes: appendTemplateFix(context, cap.span, template, wanted === 'uncapped' ? 'Take data and confidentiality breaches out of the cap' : 'Add a higher cap for data and confidentiality breaches'),
    }];
  },
};
