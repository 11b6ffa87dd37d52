import type { Contract } from '../../model';
import type { Rule, RuleFinding } from '../../rule';
import { SLA_KINDS, isHostedService } from './common';

export const noUptimeCommitment: Rule = {
  meta: {
    id: 'sla/no-uptime-commitment',
    family: 'sla',
    title: 'No measurable availability commitment',
    defaultSeverity: 'warning',
    why: 'Without a stated availability percentage the vendor cannot miss anything: there is no breach to point at, no credits to claim and no chronic-failure exit to trigger.',
    askFor: 'A committed monthly availability of at least 99.95% (CCaaS vendors often publish 99.99%), defined as a formula over minutes in the month.',
    appliesTo: SLA_KINDS,
  },
  check({ contract, keyTerms, playbook }): RuleFinding[] {
    const sla = keyTerms.sla;
    // A figure left to the order form or cover page is not missing, only not stated here.
    // Service levels in another document the draft names are set there (the checklist names it), not missing.
    if (sla && (sla.uptimePercent !== null || sla.uptimeStatedElsewhere !== null || sla.setElsewhere !== null)) return [];
    const min = playbook.sla.minUptimePercent;
    if (sla?.commitment === 'unquantified') {
      return [{
        span: sla.span,
        message: `Promises the service will be available at all times but states no percentage, so nothing can be measured or credited; your playbook asks for at least ${min}%.`,
        facts: { uptimePercent: null, commitment: 'unquantified', minUptimePercent: min },
        fixes: [],
      }];
    }
    // Only a whole agreement or an SLA can be missing its availability figure: a supplement, a module of another
    // agreement or a support policy (kind unknown, or titled as support) leaves it to the paper it belongs to.
    if (!isHostedService(contract) || !['msa', 'sla'].includes(contract.kind) || isSupportPolicy(contract)) return [];
    const heading = contract.headings.find((h) => /service level|availab|uptime|support|service/i.test(h.title));
    const firstLine = { start: 0, end: contract.lineStarts.length > 1 ? contract.lineStarts[1] - 1 : contract.text.length };
    return [{
      span: heading?.span ?? (sla?.span ?? firstLine),
      message: `No availability (uptime) commitment found for this hosted service; your playbook asks for at least ${min}%.`,
      facts: { uptimePercent: null, commitment: sla?.commitment ?? 'none', minUptimePercent: min },
      fixes: [],
    }];
  },
};

/** The document's title names a support policy or plan, not service levels: "Premium Support Plans", "Support Policy". */
function isSupportPolicy(contract: Contract): boolean {
  const title = (contract.headings[0]?.title ?? contract.text.slice(0, 120).split('\n')[0]).toLowerCase();
  return /\bsupport\b/.test(title) && !/\bservice\s+levels?\b|\buptime\b|\bavailability\b/.test(title);
}
