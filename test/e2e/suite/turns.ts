// A made-up draft for the Word/PDF and compare suites, kept in code rather than read
// from the fixture workspace, which other suites edit.

export const VENDOR_DRAFT = `# Hosted Voice Services Agreement

This Services Agreement is made on February 2, 2026 (the "Effective Date") between Kestrel Cloud Telephony Inc. ("Provider") and Maple Ridge Credit Union ("Customer").

## 1. Payment

1.1 Customer shall pay each invoice within sixty (45) days after it arrives.

## 2. Term and Renewal

2.1 This Agreement starts on the Effective Date and runs for an initial term of one (1) year.

2.2 When the initial term ends, this Agreement shall automatically renew for successive renewal terms of three (3) years each, unless either party sends written notice of non-renewal at least one hundred fifty (150) days before the end of the then-current term.

## 3. Governing Law

3.1 The laws of the State of Oregon govern this Agreement.
`;

/** The same draft with another renewal term: `turnWith('twelve (12) months')`. */
export function turnWith(renewalTerm: string): string {
  return VENDOR_DRAFT.replace('three (3) years', renewalTerm);
}
