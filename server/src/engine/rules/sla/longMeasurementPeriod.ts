import type { Rule, RuleFinding } from '../../rule';
import { SLA_KINDS } from './common';

export const longMeasurementPeriod: Rule = {
  meta: {
    id: 'sla/long-measurement-period',
    family: 'sla',
    title: 'Availability measured over more than a month',
    defaultSeverity: 'warning',
    why: 'Averaged over a quarter or a year, a day-long outage can vanish into weeks of good service, so the commitment is met and no credit is due.',
    askFor: 'Availability measured and credited per calendar month.',
    appliesTo: SLA_KINDS,
  },
  check({ keyTerms }): RuleFinding[] {
    const sla = keyTerms.sla;
    if (!sla?.measurementPeriod || sla.measurementPeriod === 'month' || !sla.measurementSpan) return [];
    const over = sla.measurementPeriod === 'quarter' ? 'a quarter' : 'a year';
    return [{
      span: sla.measurementSpan,
      message: `Availability is measured over ${over}, so one bad month can be averaged away; ask for monthly measurement.`,
      facts: { measurementPeriod: sla.measurementPeriod },
      fixes: [],
    }];
  },
};
