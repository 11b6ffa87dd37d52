import type { Rule, RuleFinding } from '../../rule';
import { describeDays, durationAt, rewordDuration } from '../wording';
import { SLA_KINDS } from './common';

export const creditClaimBurden: Rule = {
  meta: {
    id: 'sla/credit-claim-burden',
    family: 'sla',
    title: 'Credits only on request within a short window',
    defaultSeverity: 'warning',
    why: 'The vendor has the monitoring data; the buyer has to notice the outage, document it and claim in time. Short claim windows mean most credits are never paid.',
    askFor: 'Credits applied automatically on the next invoice, or at least a claim window of 30 days or more.',
    appliesTo: SLA_KINDS,
  },
  check({ contract, keyTerms, playbook }): RuleFinding[] {
    const sla = keyTerms.sla;
    const min = playbook.sla.minClaimDays;
    if (!sla || sla.creditsAutomatic !== false || sla.claimWindowDays === null || sla.claimWindowDays >= min || !sla.claimSpan) return [];
    const duration = durationAt(contract, sla.claimSpan);
    const newText = duration ? rewordDuration(contract, duration, min, 'day') : null;
    return [{
      span: sla.claimSpan,
      message: `Credits must be claimed within ${describeDays(sla.claimWindowDays)}; your playbook asks for automatic credits or at least ${min} days to claim.`,
      facts: { claimWindowDays: sla.claimWindowDays, creditsAutomatic: false, minClaimDays: min },
      fixes: newText ? [{ title: `Extend the claim window to ${newText}`, edits: [{ span: sla.claimSpan, newText }], safe: false }] : [],
    }];
  },
};
