import type { Rule, RuleFinding } from '../../rule';
import { describeDays, durationAt, rewordDuration } from '../wording';

export const longNoticePeriod: Rule = {
  meta: {
    id: 'renewal/long-notice-period',
    family: 'renewal',
    title: 'Non-renewal notice period longer than the playbook allows',
    defaultSeverity: 'warning',
    why: 'The longer the notice period, the earlier the buyer must decide whether to stay, often before the current term has shown whether the platform works. Miss the date and the renewal locks in.',
    askFor: 'A notice period of 30 to 60 days before the term ends, and a reminder from the vendor before the deadline.',
    appliesTo: ['msa', 'order-form', 'unknown'],
  },
  check({ contract, keyTerms, playbook }): RuleFinding[] {
    const renewal = keyTerms.renewal;
    const max = playbook.renewal.maxNoticeDays;
    if (!renewal?.automatic || renewal.noticeDays === null || renewal.noticeDays <= max) return [];
    const span = renewal.noticeSpan ?? renewal.span;
    const duration = renewal.noticeSpan ? durationAt(contract, renewal.noticeSpan) : undefined;
    const written = contract.text.slice(span.start, span.end);
    const stated = duration && duration.unit !== 'day' ? `${written} (about ${describeDays(renewal.noticeDays)})` : describeDays(renewal.noticeDays);
    const preferred = playbook.renewal.preferredNoticeDays;
    const newText = duration ? rewordDuration(contract, duration, preferred, 'day') : null;
    return [{
      span,
      message: `Notice of non-renewal is due ${stated} before the term ends; your playbook allows at most ${describeDays(max)}.`,
      facts: { noticeDays: renewal.noticeDays, maxNoticeDays: max },
      fixes: newText ? [{ title: `Change the notice period to ${newText}`, edits: [{ span, newText }], safe: false }] : [],
    }];
  },
};
