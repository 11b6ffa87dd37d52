import type { Rule, RuleFinding } from '../../rule';
import { formatNumber, styleOf } from '../../extract';
import { within } from '../../facts';
import { describeDays } from '../wording';

export const narrowNoticeWindow: Rule = {
  meta: {
    id: 'renewal/narrow-notice-window',
    family: 'renewal',
    title: 'Window for giving non-renewal notice narrower than the playbook allows',
    defaultSeverity: 'warning',
    why: 'A clause that only accepts notice between two dates ("no earlier than X and no later than Y days") makes an early notice invalid as well as a late one. A narrow window is easy to miss, and missing it renews the agreement.',
    askFor: 'Notice accepted at any time before the deadline, or a window of at least sixty days.',
    appliesTo: ['msa', 'order-form', 'unknown'],
  },
  check({ contract, keyTerms, playbook }): RuleFinding[] {
    const renewal = keyTerms.renewal;
    const opens = renewal?.noticeWindowOpensDays;
    if (!renewal || opens === null || opens === undefined || renewal.noticeDays === null) return [];
    const width = opens - renewal.noticeDays;
    const min = playbook.renewal.minWindowDays;
    if (width >= min) return [];
    const span = renewal.noticeWindowOpensSpan ?? renewal.noticeSpan ?? renewal.span;
    // Move the opening limit back so the window is as wide as the playbook asks.
    const number = renewal.noticeWindowOpensSpan ? within(contract.facts.numbers, renewal.noticeWindowOpensSpan).pop() : undefined;
    const unitDays = number ? Math.max(1, Math.round(opens / number.value)) : 1;
    const widened = Math.ceil((renewal.noticeDays + min) / unitDays);
    const newText = number ? formatNumber(widened, styleOf(number), /^[A-Z]/.test(contract.text.slice(number.span.start, number.span.end))) : null;
    return [{
      span,
      message: `Notice can only be given between ${opens} and ${renewal.noticeDays} days before the term ends, a ${width}-day window; your playbook wants at least ${describeDays(min)}.`,
      facts: { windowOpensDays: opens, noticeDays: renewal.noticeDays, windowDays: width, minWindowDays: min },
      fixes: number && newText ? [{ title: `Open the notice window at ${newText} instead`, edits: [{ span: number.span, newText }], safe: false }] : [],
    }];
  },
};
