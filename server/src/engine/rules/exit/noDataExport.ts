import type { Rule, RuleFinding } from '../../rule';
import { insertClauseFix, siblingWith } from '../dpa/placement';
import { exitAnchor } from './exitAnchor';

export const noDataExport: Rule = {
  meta: {
    id: 'exit/no-data-export',
    family: 'exit',
    title: 'No right to export the data at the end',
    defaultSeverity: 'error',
    why: 'Without a right to take the data out at termination, the recordings, transcripts, contact history and routing set-up stay with the vendor, and leaving means losing them or paying whatever the vendor asks.',
    askFor: 'A right to export all customer data, including recordings and configuration, in named formats within a fixed number of days, at no extra charge, during a post-termination access period.',
    appliesTo: ['msa'],
  },
  check(context): RuleFinding[] {
    const exit = context.keyTerms.exit;
    if (!exit || !exit.holdsCustomerData || exit.dataExport || siblingWith(context, (t) => t.exit?.dataExport === true)) return [];
    const anchor = exitAnchor(context);
    return [{
      span: anchor.span,
      message: 'The agreement gives the buyer no right to export or retrieve its data when it ends.',
      facts: { dataExport: false },
      fixes: insertClauseFix(context, anchor, 'exit/data-export', 'Insert a data export clause'),
    }];
  },
};
