import type { SlaTerms } from '../keyTerms/sla/types';
import type { Playbook } from '../playbook/schema';
import { pct } from './percent';

/** The parsed tiers as a Markdown table, with the cap and the playbook's position, for the hover. */
export function creditTable(sla: SlaTerms, playbook: Playbook): string {
  const lines: string[] = [];
  if (sla.credits.length > 0) {
    lines.push('| When | Credit |', '| --- | --- |');
    for (const tier of sla.credits) {
      const when = tier.belowPercent !== null ? `availability below ${pct(tier.belowPercent)}`
        : tier.outageHours !== null ? `outage of ${tier.outageHours} h or more` : 'per qualifying outage';
      const basis = tier.basis === 'days-of-service' ? ' (days of service)' : tier.basis === 'hours-of-service' ? ' (hours of service)' : '';
      lines.push(`| ${when} | ${pct(tier.creditPercent)} of the period's fees${basis} |`);
    }
    lines.push('');
  } else {
    lines.push('No credit tiers stated in this document.', '');
  }
  const cap = sla.maxCreditPercent === null ? 'none stated' : `${pct(sla.maxCreditPercent)}${sla.maxCreditBasis === 'cap' ? ' (cap)' : ' (top tier)'}`;
  lines.push(`Most a customer can earn: ${cap}.`, '');
  lines.push(`Playbook: first tier at least ${playbook.sla.minFirstCreditPercent}%, maximum at least ${playbook.sla.minMaxCreditPercent}%.`);
  return lines.join('\n');
}

