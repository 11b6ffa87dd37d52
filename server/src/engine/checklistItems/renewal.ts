import type { DocumentKind } from '../model';
import type { ItemDefinition } from './types';

const COMMERCIAL_KINDS: readonly DocumentKind[] = ['msa', 'order-form', 'unknown'];

export const RENEWAL_ITEMS: readonly ItemDefinition[] = [
  {
    id: 'renewal-term',
    title: 'Auto-renewal term',
    ruleIds: ['renewal/long-renewal-term'],
    appliesTo: COMMERCIAL_KINDS,
    test: (p) => ({
      met: `no automatic renewal, or one for at most ${p.renewal.maxTermMonths} months at a time`,
      weak: `renews automatically for longer than ${p.renewal.maxTermMonths} months, or for a period the draft does not state`,
    }),
    locate: ({ keyTerms }) => {
      const r = keyTerms.renewal;
      if (!r) return null;
      const how = r.automatic ? 'Renews automatically' : r.byAgreement ? 'Renews only if both parties agree,' : 'Renews at one party\'s option';
      const length = r.termMonths === null ? 'for an unstated period' : `for ${months(r.termMonths)}`;
      return { span: r.termSpan ?? r.span, detail: `${how} ${length}` };
    },
    whenAbsent: { state: 'met', detail: 'No automatic renewal found' },
  },
  {
    id: 'renewal-notice',
    title: 'Non-renewal notice period',
    ruleIds: ['renewal/long-notice-period', 'renewal/narrow-notice-window'],
    appliesTo: COMMERCIAL_KINDS,
    test: (p) => ({
      met: `notice of non-renewal due at most ${p.renewal.maxNoticeDays} days before the term ends, in a window of at least ${p.renewal.minWindowDays} days`,
      weak: 'an earlier deadline, a narrower window, or a notice period left blank',
    }),
    locate: ({ keyTerms }) => {
      const r = keyTerms.renewal;
      if (!r) return null;
      // A redacted or blank length ("[***] days prior to the end of the term"): the duty is there, its length is not.
      if (r.noticeDays === null) return r.noticeSpan ? { span: r.noticeSpan, detail: 'Notice required before the term ends, but the draft leaves its length blank', incomplete: true } : null;
      const deadline = keyTerms.nonRenewalNoticeDeadline ? `; first deadline ${keyTerms.nonRenewalNoticeDeadline}` : '';
      return { span: r.noticeSpan ?? r.span, detail: `Notice ${r.noticeDays} days before the term ends${deadline}` };
    },
    whenAbsent: { state: 'not-applicable', detail: 'No non-renewal notice period found' },
  },
  {
    id: 'renewal-price',
    title: 'Price increases on renewal capped',
    ruleIds: ['renewal/uncapped-price-increase'],
    appliesTo: COMMERCIAL_KINDS,
    test: (p) => ({
      met: `price increases on renewal capped at ${p.renewal.maxPriceIncreasePercent}% or less`,
      weak: `renewal at the vendor's then-current prices, an increase with no cap, or a cap above ${p.renewal.maxPriceIncreasePercent}%`,
    }),
    locate: ({ keyTerms }) => {
      const p = keyTerms.priceIncrease;
      if (!p) return null;
      const detail = p.capPercent !== null ? `Increases capped at ${p.capPercent}%` : p.thenCurrentPricing ? 'Renews at the vendor\'s then-current prices' : 'Price increases not capped';
      return { span: p.span, detail };
    },
    whenAbsent: { state: 'not-applicable', detail: 'No renewal pricing term found' },
  },
];

function months(n: number): string {
  if (n % 12 === 0) return n === 12 ? '1 year' : `${n / 12} years`;
  return n === 1 ? '1 month' : `${n} months`;
}
