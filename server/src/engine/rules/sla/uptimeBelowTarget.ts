import type { Rule, RuleFinding } from '../../rule';
import { percentPhrase } from '../wording';
import { pct } from '../../explain/percent';
import { SLA_KINDS } from './common';

export const uptimeBelowTarget: Rule = {
  meta: {
    id: 'sla/uptime-below-target',
    family: 'sla',
    title: 'Availability commitment weaker than the playbook',
    defaultSeverity: 'warning',
    why: 'Every tenth of a percent is hours of allowed downtime: 99.5% permits about 3.6 hours a month, 99.95% about 22 minutes. An efforts promise ("commercially reasonable efforts") is weaker still: missing the figure may not even be a breach.',
    askFor: 'A firm commitment (not efforts) to the playbook\'s availability, measured monthly.',
    appliesTo: SLA_KINDS,
  },
  check({ contract, keyTerms, playbook }): RuleFinding[] {
    const sla = keyTerms.sla;
    if (!sla) return [];
    const min = playbook.sla.minUptimePercent;
    const facts = { uptimePercent: sla.uptimePercent, uptimeTargetPercent: sla.uptimeTargetPercent, commitment: sla.commitment, minUptimePercent: min };
    const effortsOnly = sla.commitment === 'efforts';
    const effortsNote = effortsOnly ? ' but only as an aim, not a promise (efforts wording or a disclaimer), which is weaker than a commitment' : '';
    const targetNote = sla.uptimeTargetPercent !== null ? ` (the ${pct(sla.uptimeTargetPercent)} figure is only a target)` : '';

    if (sla.uptimePercent !== null && sla.uptimePercent < min) {
      const span = sla.uptimeSpan ?? sla.span;
      const newText = percentPhrase(contract, min);
      return [{
        span,
        message: `Commits to ${pct(sla.uptimePercent)} availability${targetNote}${effortsNote}; your playbook asks for at least ${min}%.`,
        facts,
        fixes: sla.uptimeSpan ? [{ title: `Raise the commitment to ${newText}`, edits: [{ span: sla.uptimeSpan, newText }], safe: false }] : [],
      }];
    }
    if (!effortsOnly) return [];
    const figure = sla.uptimePercent !== null ? pct(sla.uptimePercent) : sla.uptimeStatedElsewhere ? `the ${sla.uptimeStatedElsewhere} (not stated in this document)` : 'its availability figure';
    return [{
      span: sla.span,
      message: `Only aims at ${figure} (efforts wording or a disclaimer), which is weaker than a commitment: missing it may not be a breach.`,
      facts,
      fixes: [],
    }];
  },
};
