import type { Rule, RuleFinding } from '../../rule';
import type { SlaExclusion } from '../../keyTerms/sla/types';
import { SLA_KINDS, insertTemplateFix } from './common';

// Third-party networks and force majeure are ordinary carve-outs; these four
// let the vendor decide, after the fact, that an outage does not count.
const DESCRIBE: Partial<Record<SlaExclusion['kind'], string>> = {
  'emergency-maintenance': 'Emergency or unscheduled maintenance is excluded from downtime: the vendor decides what counts as an emergency',
  'partial-degradation': 'Partial or degraded service is excluded from downtime: a service that is slow or half-working counts as available',
  'regional-outage': 'Outages limited to a region or site are excluded from downtime, though they may be all of the buyer\'s traffic',
};

export const broadExclusion: Rule = {
  meta: {
    id: 'sla/broad-exclusion',
    family: 'sla',
    title: 'Uptime calculation excludes too much',
    defaultSeverity: 'warning',
    why: 'Each event carved out of downtime raises the measured availability without the service getting better. Open-ended maintenance, degraded service or regional outages can hide most real incidents.',
    askFor: 'Scheduled maintenance capped in hours per month, outside business hours and announced in advance; no carve-outs for emergency maintenance, partial degradation or regional outages.',
    appliesTo: SLA_KINDS,
  },
  check({ contract, keyTerms, playbook }): RuleFinding[] {
    const sla = keyTerms.sla;
    if (!sla) return [];
    const findings: RuleFinding[] = [];
    for (const exclusion of sla.exclusions) {
      const facts = { exclusion: exclusion.kind, capped: exclusion.capped, noticeRequired: exclusion.noticeRequired };
      if (exclusion.kind === 'scheduled-maintenance') {
        if (exclusion.capped && exclusion.noticeRequired) continue;
        const lacks = [exclusion.capped ? '' : 'no cap on its hours', exclusion.noticeRequired ? '' : 'no duty to announce it in advance'].filter(Boolean).join(' and ');
        const fix = insertTemplateFix({ contract, keyTerms, playbook }, sla, 'sla/maintenance-cap', 'Insert a clause capping scheduled maintenance');
        findings.push({
          span: exclusion.span,
          message: `Scheduled maintenance is excluded from downtime with ${lacks} in this document.`,
          facts,
          fixes: fix ? [fix] : [],
        });
        continue;
      }
      const description = DESCRIBE[exclusion.kind];
      if (description) findings.push({ span: exclusion.span, message: `${description}.`, facts, fixes: [] });
    }
    return findings;
  },
};
