import type { Rule, RuleFinding } from '../../rule';
import { insertClauseFix, siblingWith } from '../dpa/placement';
import { exitAnchor } from './exitAnchor';
import { replaceWithTemplate } from '../commercial/common';

export const noNumberPorting: Rule = {
  meta: {
    id: 'exit/no-number-porting',
    family: 'exit',
    title: 'Telephone numbers the vendor keeps or will not port out',
    defaultSeverity: 'warning',
    why: 'Customers, carriers and printed material all know the contact centre\'s numbers. If the vendor keeps them or refuses to port them, leaving the vendor means changing every number the business is reached on.',
    askFor: 'The numbers are the customer\'s to keep, and the vendor ports them to the carrier the customer names, during the term and at its end, at no more than the carrier\'s own fee.',
    appliesTo: ['msa', 'order-form', 'unknown'],
  },
  check(context): RuleFinding[] {
    const porting = context.keyTerms.exit?.numberPorting;
    if (!porting || porting.portable === 'yes') return [];
    if (siblingWith(context, (t) => t.exit?.numberPorting?.portable === 'yes')) return [];
    if (porting.portable === 'no') {
      return [{
        span: porting.span,
        message: 'The vendor keeps the telephone numbers or will not port them out when the customer leaves.',
        facts: { portable: 'no' },
        fixes: replaceWithTemplate(context, porting.span, 'exit/number-porting', 'Replace with a number porting clause'),
      }];
    }
    // Numbers mentioned but porting never addressed: only a contact-centre master agreement needs the right spelled out.
    if (context.contract.kind !== 'msa' || !context.keyTerms.exit?.recordingsInScope) return [];
    const anchor = exitAnchor(context);
    return [{
      span: anchor.span,
      message: 'The draft provides telephone numbers but does not let the customer port them out at the end.',
      facts: { portable: 'unstated' },
      fixes: insertClauseFix(context, anchor, 'exit/number-porting', 'Insert a number porting clause'),
    }];
  },
};

