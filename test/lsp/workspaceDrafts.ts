// Made-up drafts for the protocol tests of the reviewer's workspace (views, lens,
// calendar, memo, fix-all). Every sentence is invented for these tests.

/**
 * Dated automatic renewal: effective 1 March 2027, two-year initial term,
 * one-year renewals, 90 days' notice. Line 6 holds the renewal clause.
 */
export const DATED_RENEWAL_DRAFT = [
  '# Hosted Dialler Subscription Agreement',
  '',
  'This agreement between Quillfeather Telecom Ltd. ("Provider") and Marlow Orchard Foods plc ("Customer") takes effect on March 1, 2027 (the "Effective Date").',
  '',
  '## 4. Term',
  '',
  '4.1 The initial term runs for two (2) years from the Effective Date. Afterwards this agreement renews automatically for further one (1) year periods unless either party sends notice of non-renewal at least ninety (90) days before the current term ends.',
  '',
].join('\n');

export const DATED_RENEWAL_LINE = 6;

/** The same renewal with no effective date: the deadline cannot be worked out. */
export const UNDATED_RENEWAL_DRAFT = [
  '# Hosted Dialler Subscription Agreement',
  '',
  '## 4. Term',
  '',
  '4.1 The initial term runs for two (2) years. Afterwards this agreement renews automatically for further one (1) year periods unless either party sends notice of non-renewal at least ninety (90) days before the current term ends.',
  '',
].join('\n');

/** Two words split by invisible characters (a soft hyphen, a zero-width space) on two lines: two safe fixes. */
export const INVISIBLE_DRAFT = [
  '# Support Notes',
  '',
  'The vendor answers every sup\u00ADport ticket within one business day.',
  '',
  'Escalations go to the ac\u200Bcount manager named in the order.',
  '',
].join('\n');
