import type { DocumentKind } from '../model';
import type { SlaTerms } from '../keyTerms/sla/types';
import type { ItemDefinition } from './types';

const SLA_KINDS: readonly DocumentKind[] = ['msa', 'sla', 'unknown'];
const NOT_STATED = 'Not stated in this document (it may be set on a cover page or order form)';

function pct(n: number): string {
  return `${Number.isInteger(n) ? n : Number(n.toFixed(2))}%`;
}

function when(sla: SlaTerms | null, read: (sla: SlaTerms) => { span: SlaTerms['span'] | null; detail: string; incomplete?: true } | null): ReturnType<ItemDefinition['locate']> {
  if (!sla) return null;
  const found = read(sla);
  return found ? { span: found.span ?? sla.span, detail: found.detail, ...(found.incomplete ? { incomplete: true as const } : {}) } : null;
}

export const SLA_ITEMS: readonly ItemDefinition[] = [
  {
    id: 'sla-uptime',
    title: 'Availability commitment',
    ruleIds: ['sla/no-uptime-commitment', 'sla/uptime-below-target'],
    appliesTo: SLA_KINDS,
    test: (p) => ({
      met: `a committed availability of at least ${p.sla.minUptimePercent}%`,
      weak: `a lower figure, a figure the vendor only aims for, or one left to another document`,
      missing: 'no availability commitment in an agreement for a hosted service',
    }),
    locate: ({ keyTerms }) => when(keyTerms.sla, (sla) => {
      if (sla.uptimePercent !== null) {
        const period = sla.measurementPeriod ? ` per ${sla.measurementPeriod}` : '';
        return { span: sla.uptimeSpan, detail: `${pct(sla.uptimePercent)} committed${period}` };
      }
      // The figure is left to another paper: it cannot be judged here, so the item is not met.
      if (sla.uptimeStatedElsewhere) return { span: sla.span, detail: `${sla.uptimeStatedElsewhere}: not stated in this document (set on a cover page or order form): check it there`, incomplete: true };
      // Weak without a finding: nothing is missing here, but the buyer has not seen the figure yet.
      if (sla.setElsewhere) return { span: sla.span, detail: `Set elsewhere: ${sla.setElsewhere}; check that document`, incomplete: true };
      return null;
    }),
    whenAbsent: { state: 'not-applicable', detail: NOT_STATED },
  },
  {
    id: 'sla-measurement',
    title: 'Uptime measured monthly, with narrow exclusions',
    ruleIds: ['sla/long-measurement-period', 'sla/broad-exclusion'],
    appliesTo: SLA_KINDS,
    test: () => ({ met: 'availability measured per month at most, with no open-ended exclusions', weak: 'a longer measurement period, or exclusions without a limit (maintenance with no cap or notice, partial outages)' }),
    locate: ({ keyTerms }) => when(keyTerms.sla, (sla) => {
      if (!sla.measurementPeriod && sla.exclusions.length === 0) return null;
      const period = sla.measurementPeriod ? `Measured per ${sla.measurementPeriod}` : 'Measurement period not stated';
      const excluded = sla.exclusions.length > 0 ? `; excludes ${sla.exclusions.map((e) => e.kind.replace('-', ' ')).join(', ')}` : '';
      return { span: sla.measurementSpan, detail: `${period}${excluded}` };
    }),
    whenAbsent: { state: 'not-applicable', detail: NOT_STATED },
  },
  {
    id: 'sla-credits',
    title: 'Service credits',
    ruleIds: ['sla/weak-credits', 'sla/credit-claim-burden'],
    appliesTo: SLA_KINDS,
    test: (p) => ({
      met: `a first credit of at least ${p.sla.minFirstCreditPercent}% and up to at least ${p.sla.minMaxCreditPercent}% of the fees, given automatically or claimable for at least ${p.sla.minClaimDays} days`,
      weak: 'smaller credits, or a shorter window to claim them',
    }),
    locate: ({ keyTerms }) => when(keyTerms.sla, (sla) => {
      if (sla.credits.length === 0 && sla.maxCreditPercent === null) return null;
      const tiers = sla.credits.length === 1 ? '1 tier' : `${sla.credits.length} tiers`;
      const max = sla.maxCreditPercent !== null ? `, at most ${pct(sla.maxCreditPercent)}` : '';
      const how = sla.creditsAutomatic === true ? ', applied automatically' : sla.creditsAutomatic === false ? ', on request' : '';
      return { span: sla.maxCreditSpan, detail: `${tiers}${max}${how}` };
    }),
    whenAbsent: { state: 'not-applicable', detail: NOT_STATED },
  },
  {
    id: 'sla-remedies',
    title: 'Credits not the only remedy; exit for chronic failure',
    ruleIds: ['sla/sole-remedy', 'sla/no-chronic-failure-exit'],
    appliesTo: SLA_KINDS,
    test: () => ({ met: 'credits are not the only remedy, and the buyer may terminate after repeated misses', weak: 'credits are the sole and exclusive remedy', missing: 'no right to terminate for chronic failure' }),
    locate: ({ keyTerms }) => when(keyTerms.sla, (sla) =>
      sla.chronicFailureExit ? { span: sla.chronicFailureSpan, detail: 'May terminate after repeated misses' } : null),
    whenAbsent: { state: 'not-applicable', detail: 'No service levels in this document' },
  },
  {
    id: 'sla-standards',
    title: 'Performance standards and support response times',
    ruleIds: ['sla/no-performance-standards', 'sla/no-support-response-times'],
    appliesTo: SLA_KINDS,
    test: () => ({ met: 'performance standards beyond uptime and support response times by severity', weak: 'only some of them', missing: 'neither is stated' }),
    locate: ({ keyTerms }) => when(keyTerms.sla, (sla) => {
      const parts = [
        sla.performanceStandards.length > 0 ? `Standards: ${sla.performanceStandards.join(', ')}` : '',
        sla.supportResponse.length > 0 ? `${sla.supportResponse.length} response times by severity` : '',
        sla.supportResponseStatedElsewhere ? `${sla.supportResponseStatedElsewhere}: not stated in this document` : '',
      ].filter(Boolean);
      return parts.length > 0 ? { span: sla.supportResponse[0]?.span ?? null, detail: parts.join('; ') } : null;
    }),
    whenAbsent: { state: 'not-applicable', detail: 'No service levels in this document' },
  },
];
