import type { Rule, RuleFinding } from '../../rule';
import { insertClauseFix, siblingWith } from '../dpa/placement';
import { exitAnchor } from './exitAnchor';

export const noTransitionAssistance: Rule = {
  meta: {
    id: 'exit/no-transition-assistance',
    family: 'exit',
    title: 'No transition assistance',
    defaultSeverity: 'information',
    why: 'Numbers, routing, IVR flows and integrations have to move to the next provider while calls keep coming in; without a duty to help, the vendor can slow the move or price it at will.',
    askFor: 'Reasonable transition assistance at termination (continued service for a transition period on the same terms, cooperation with the successor, number porting), at rates fixed in the agreement.',
    appliesTo: ['msa'],
  },
  check(context): RuleFinding[] {
    const exit = context.keyTerms.exit;
    if (!exit || !exit.holdsCustomerData || exit.transitionAssistance || siblingWith(context, (t) => t.exit?.transitionAssistance === true)) return [];
    const anchor = exitAnchor(context);
    return [{
      span: anchor.span,
      message: 'The agreement does not oblige the vendor to help move the service to a successor.',
      facts: { transitionAssistance: false },
      fixes: insertClauseFix(context, anchor, 'exit/transition-assistance', 'Insert a transition assistance clause'),
    }];
  },
};
