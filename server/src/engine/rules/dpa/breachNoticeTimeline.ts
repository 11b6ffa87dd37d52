import type { Rule, RuleFinding } from '../../rule';
import type { Fix } from '../../model';
import { durationAt, phraseDuration, rewordDuration } from '../wording';
import { missingElement } from './missingElement';

const SECTION = /\bsecurity\s+incident|\bbreach|\bincident/;

export const breachNoticeTimeline: Rule = {
  meta: {
    id: 'dpa/breach-notice-timeline',
    family: 'dpa',
    title: 'Breach notice missing, vague or too slow',
    defaultSeverity: 'warning',
    why: 'Regulators expect the buyer, as controller, to report a personal data breach within 72 hours of learning of it. A vendor that may take longer, or that promises only "without undue delay", can make the buyer miss that deadline.',
    askFor: 'Notice of any security incident affecting customer data without undue delay and in any event within the playbook\'s hours (72 by default), with the facts known and updates as they emerge.',
    appliesTo: ['msa', 'dpa'],
  },
  check(context): RuleFinding[] {
    const { contract, playbook } = context;
    const dpa = context.keyTerms.dpa;
    if (!dpa) return [];
    const max = playbook.dpa.maxBreachNoticeHours;
    const limit = phraseDuration(contract, max, 'hour');
    if (dpa.breachNotice === 'none') {
      return missingElement(context, {
        has: (d) => d.breachNotice !== 'none',
        section: SECTION,
        message: `The DPA sets no deadline for telling the buyer about a data breach; your playbook wants at most ${max} hours.`,
        clauseId: 'dpa/breach-notice',
        fixTitle: `Insert a breach notice clause (${limit})`,
        facts: () => ({ breachNoticeHours: null, maxBreachNoticeHours: max }),
      });
    }
    const span = dpa.spans.breachNotice;
    if (!span) return [];
    const facts = { breachNoticeHours: dpa.breachNoticeHours, breachNotice: dpa.breachNotice, maxBreachNoticeHours: max };
    if (dpa.breachNotice === 'vague') {
      const written = contract.text.slice(span.start, span.end);
      const fix: Fix = { title: `Add "and in any event within ${limit}"`, edits: [{ span: { start: span.end, end: span.end }, newText: ` and in any event within ${limit}` }], safe: false };
      return [{ span, message: `Breach notice is due "${written}" with no number of hours; your playbook wants at most ${max} hours.`, facts, fixes: [fix] }];
    }
    const hours = dpa.breachNoticeHours;
    if (hours === null || hours <= max) return [];
    const duration = durationAt(contract, span);
    const newText = duration ? rewordDuration(contract, duration, max, 'hour') : null;
    return [{
      span,
      message: `Breach notice is due within ${hours} hours; your playbook allows at most ${max} hours.`,
      facts,
      fixes: newText ? [{ title: `Change the breach notice to ${newText}`, edits: [{ span, newText }], safe: false }] : [],
    }];
  },
};
