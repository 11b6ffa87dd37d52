import type { Rule, RuleFinding } from '../../rule';
import { missingElement } from './missingElement';
import { anchorFor, DATA_PROTECTION_SECTION, insertClauseFix, siblingWith } from './placement';

const SECTION = /sub-?processor|\bsubcontract/;

export const noSubprocessorChangeNotice: Rule = {
  meta: {
    id: 'dpa/no-subprocessor-change-notice',
    family: 'dpa',
    title: 'No notice of subprocessor changes, or no right to object',
    defaultSeverity: 'warning',
    why: 'A subprocessor list is only a snapshot: unless the vendor must announce new subprocessors in advance and the buyer may object, the list can change under the buyer\'s feet.',
    askFor: 'Written notice at least 30 days before a new or replacement subprocessor starts, with a right to object and, if the objection is not resolved, to terminate the affected service with a refund.',
    appliesTo: ['msa', 'dpa'],
  },
  check(context): RuleFinding[] {
    const dpa = context.keyTerms.dpa;
    if (!dpa) return [];
    if (!dpa.subprocessorChangeNotice) {
      return missingElement(context, {
        has: (d) => d.subprocessorChangeNotice,
        section: SECTION,
        message: 'The DPA does not require notice before the vendor adds or replaces a subprocessor.',
        clauseId: 'dpa/subprocessor-change-notice',
        fixTitle: 'Insert a subprocessor change notice clause (30 days, right to object)',
        facts: () => ({ subprocessorChangeNotice: false, objectionRight: dpa.objectionRight }),
      });
    }
    const noticeSpan = dpa.spans.subprocessorChangeNotice;
    if (dpa.objectionRight || !noticeSpan || siblingWith(context, (t) => t.dpa?.objectionRight === true)) return [];
    const days = dpa.subprocessorChangeNoticeDays;
    return [{
      span: noticeSpan,
      message: `The vendor gives notice of subprocessor changes${days === null ? '' : ` (${days} days)`}, but the buyer has no right to object.`,
      facts: { subprocessorChangeNotice: true, subprocessorChangeNoticeDays: days, objectionRight: false },
      fixes: insertClauseFix(context, anchorFor(context, SECTION, DATA_PROTECTION_SECTION), 'dpa/subprocessor-change-notice', 'Insert a subprocessor change notice clause (30 days, right to object)'),
    }];
  },
};
