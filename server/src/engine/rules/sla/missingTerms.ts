import type { Rule, RuleFinding } from '../../rule';
import { SLA_KINDS, hasServiceLevels, insertTemplateFix, isRealTimeCommunications, missingSpan } from './common';

// Three "missing" checks that only make sense once the draft has service levels.

export const noChronicFailureExit: Rule = {
  meta: {
    id: 'sla/no-chronic-failure-exit',
    family: 'sla',
    title: 'No right to terminate for chronic SLA failure',
    defaultSeverity: 'warning',
    why: 'Credits do not fix a service that keeps failing. Without an exit for repeated misses the buyer stays locked in for the term, collecting small credits.',
    askFor: 'A right to terminate without penalty, with a refund of prepaid fees, after misses in three consecutive months or four months in any twelve.',
    appliesTo: SLA_KINDS,
  },
  check({ contract, keyTerms, playbook }): RuleFinding[] {
    const sla = keyTerms.sla;
    if (!hasServiceLevels(sla) || sla.chronicFailureExit) return [];
    const fix = insertTemplateFix({ contract, keyTerms, playbook }, sla, 'sla/chronic-failure-termination', 'Insert a chronic-failure termination clause');
    return [{
      span: missingSpan(contract, sla),
      message: 'The service levels give no right to terminate when the service misses them repeatedly.',
      facts: { chronicFailureExit: false },
      fixes: fix ? [fix] : [],
    }];
  },
};

export const noPerformanceStandards: Rule = {
  meta: {
    id: 'sla/no-performance-standards',
    family: 'sla',
    title: 'No performance standards beyond uptime',
    defaultSeverity: 'information',
    why: 'A contact-centre platform can be "available" while calls drop, audio breaks up or calls take seconds to connect. Uptime alone does not measure any of that.',
    askFor: 'Measured targets for latency, voice quality (MOS), call set-up time or success rate, with credits when missed.',
    appliesTo: SLA_KINDS,
  },
  check({ contract, keyTerms }): RuleFinding[] {
    const sla = keyTerms.sla;
    // Latency, voice quality and call set-up matter for real-time communications; a database or a reporting tool
    // measured by availability alone is not short of them.
    if (!hasServiceLevels(sla) || sla.performanceStandards.length > 0 || !isRealTimeCommunications(contract)) return [];
    return [{
      span: missingSpan(contract, sla),
      message: 'The service levels measure availability only: no latency, voice-quality (MOS) or call set-up standards.',
      facts: { performanceStandards: null },
      fixes: [],
    }];
  },
};

export const noSupportResponseTimes: Rule = {
  meta: {
    id: 'sla/no-support-response-times',
    family: 'sla',
    title: 'No support response times by severity',
    defaultSeverity: 'warning',
    why: 'When the service fails, how fast the vendor responds matters as much as the uptime figure. Without times per severity, a critical outage can wait in the same queue as a question.',
    askFor: 'Response (and ideally resolution) times per severity, for example 15 minutes for a critical outage, around the clock.',
    appliesTo: SLA_KINDS,
  },
  check({ contract, keyTerms }): RuleFinding[] {
    const sla = keyTerms.sla;
    // Times set on a cover page ("Target Response Time") are not missing, only not stated here.
    if (!hasServiceLevels(sla) || sla.supportResponse.length > 0 || sla.supportResponseStatedElsewhere !== null) return [];
    return [{
      span: missingSpan(contract, sla),
      message: 'The service levels set no support response times by severity.',
      facts: { supportResponse: null },
      fixes: [],
    }];
  },
};
