import type { Rule, RuleFinding } from '../../rule';
import { draftClause } from '../draftClause';
import { SLA_KINDS } from './common';
import { replaceOrInsert } from '../replaceOrInsert';
import { SOLE_REMEDY } from '../../keyTerms/sla/remedies';

export const soleRemedy: Rule = {
  meta: {
    id: 'sla/sole-remedy',
    family: 'sla',
    title: 'Service credits are the sole and exclusive remedy',
    defaultSeverity: 'warning',
    why: 'Credits are usually a small share of the fees. Made the only remedy, they cap what the vendor owes for any outage, however long, and can shut out damages and termination for breach.',
    askFor: 'Credits in addition to other rights and remedies, with an express right to terminate for chronic failure.',
    appliesTo: SLA_KINDS,
  },
  check(context): RuleFinding[] {
    const sla = context.keyTerms.sla;
    if (!sla?.soleRemedySpan) return [];
    const wording = draftClause(context, 'sla/non-exclusive-remedy');
    return [{
      span: sla.soleRemedySpan,
      message: 'Makes service credits the customer\'s only remedy for missed service levels.',
      facts: { soleRemedy: true },
      fixes: wording ? replaceOrInsert(context, {
        sentence: sla.soleRemedySpan,
        newText: wording,
        cue: SOLE_REMEDY,
        replaceTitle: 'Replace with non-exclusive remedy wording',
        insertTitle: 'Insert non-exclusive remedy wording',
      }) : [],
    }];
  },
};
