// Small drafts shared by the review-level tests.

/** A Markdown MSA with one finding of each renewal and drafting rule. */
export const RENEWAL_DRAFT = [
  '# Master Subscription Agreement',
  '',
  'This Agreement is entered into as of March 1, 2026 (the "Effective Date").',
  '',
  '## 2. Fees',
  '',
  '2.1 Invoices are due within thirty (60) days of the invoice date.',
  '',
  "2.2 Upon each renewal, the Services will be provided at Provider's then-current list prices.",
  '',
  '## 3. Term',
  '',
  '3.1 The initial term of this Agreement is three (3) years from the Effective Date.',
  '',
  '3.2 This Agreement shall automatically renew for successive three (3) year periods unless either party gives written notice of non-renewal at least one hundred twenty (120) days before the end of the then-current term.',
  '',
].join('\n');

/** The same agreement on the buyer's terms: nothing to flag. */
export const CLEAN_DRAFT = [
  '# Master Subscription Agreement',
  '',
  'This Agreement is entered into as of March 1, 2026 (the "Effective Date").',
  '',
  '## 2. Fees',
  '',
  '2.1 Invoices are due within thirty (30) days of the invoice date.',
  '',
  '2.2 Upon each renewal, Provider may increase the fees by no more than three percent (3%) over the fees for the preceding term.',
  '',
  '## 3. Term',
  '',
  '3.1 The initial term of this Agreement is three (3) years from the Effective Date.',
  '',
  '3.2 This Agreement shall automatically renew for successive one (1) year periods unless either party gives written notice of non-renewal at least sixty (60) days before the end of the then-current term.',
  '',
].join('\n');

/** An SLA exhibit on its own: renewal items do not belong to it. */
export const SLA_DRAFT = [
  '# Exhibit B - Service Level Agreement',
  '',
  '## 1. Availability',
  '',
  'Provider shall make the Services available ninety-nine point nine percent (99.9%) of the time in each calendar month.',
  '',
  '## 2. Service Credits',
  '',
  'If availability falls below the commitment, Customer receives a service credit of ten percent (10%) of the monthly fees.',
  '',
  '## 3. Support Response Times',
  '',
  'Provider shall respond to Severity 1 incidents within fifteen (15) minutes.',
  '',
].join('\n');

/** The plain-text form of the renewal clause, with the mismatch on its own line. */
export const RENEWAL_PLAINTEXT = [
  'MASTER SUBSCRIPTION AGREEMENT',
  '',
  '2. FEES',
  '',
  '2.1 Invoices are due within thirty (60) days of the invoice date.',
  '',
  '3. TERM',
  '',
  '3.1 This Agreement shall automatically renew for successive three (3) year periods unless either party gives written notice of non-renewal at least one hundred twenty (120) days before the end of the then-current term.',
  '',
].join('\r\n');

// Other rule families (SLA, DPA, exit…) are being added beside these; the
// review-level tests look only at the rules and checklist items they are about,
// so a new rule changes the whole-draft golden file and nothing else.

export const RULES_UNDER_TEST: readonly string[] = [
  'renewal/long-renewal-term',
  'renewal/long-notice-period',
  'renewal/narrow-notice-window',
  'renewal/uncapped-price-increase',
  'drafting/number-mismatch',
];

export const ITEMS_UNDER_TEST: readonly string[] = ['renewal-term', 'renewal-notice', 'renewal-price', 'drafting-numbers'];

export function underTest<T extends { readonly ruleId: string }>(findings: readonly T[]): T[] {
  return findings.filter((f) => RULES_UNDER_TEST.includes(f.ruleId));
}

export function itemsUnderTest<T extends { readonly id: string }>(items: readonly T[]): T[] {
  return items.filter((i) => ITEMS_UNDER_TEST.includes(i.id));
}
