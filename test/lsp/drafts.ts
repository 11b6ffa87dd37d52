// Drafts the protocol tests open. The renewal clause trips renewal/long-renewal-term
// (3-year renewals) and renewal/long-notice-period (180 days) under the default playbook.

export const RENEWAL_CLAUSE =
  'The Agreement shall automatically renew for successive three (3) year periods unless either party gives notice of non-renewal at least one hundred eighty (180) days before the end of the then-current term.';

/** Line 4 holds the renewal clause. */
export const RENEWAL_DRAFT = [
  '# Master Subscription Agreement',
  '',
  '## 12. Term and Renewal',
  '',
  `12.1 ${RENEWAL_CLAUSE}`,
  '',
  '12.2 Either party may terminate this Agreement for material breach on written notice.',
  '',
].join('\n');

export const RENEWAL_LINE = 4;

/** Words and digits disagree on line 2. */
export const MISMATCH_DRAFT = [
  '# Order Form',
  '',
  'Customer shall pay each invoice within thirty (60) days of receipt.',
  '',
].join('\n');

export const LONG_TERM = 'renewal/long-renewal-term';
export const LONG_NOTICE = 'renewal/long-notice-period';
export const NUMBER_MISMATCH = 'drafting/number-mismatch';
