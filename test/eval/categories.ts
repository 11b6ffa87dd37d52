import type { Span } from '../../server/src/engine/model';
import type { Review } from '../../server/src/engine/review';
import { alternatives, answerDate, answerMonths, dateMatches, daysMatch, isPerpetual, jurisdictionMatches } from './normalise';

// The CUAD categories the engine covers, each with the key term that answers it,
// the spans that count as "where the engine found it", and how to compare its
// value with the lawyers' answer. Adding a category is adding a row.

export interface Detection {
  /** Where the engine found the clause: a hit when one overlaps a labelled span. */
  readonly spans: readonly Span[];
  /** The value read, printed in reports: months, days, an ISO date, a place. */
  readonly value: string | number | null;
}

export interface Targets {
  readonly precision?: number;
  readonly recall?: number;
  readonly f1?: number;
  readonly value?: number;
}

export interface CuadCategory {
  /** CUAD's category name, as in labels_selected.csv. */
  readonly label: string;
  /** Whether the engine reads this category at all yet (another family's key term may still be on its way). */
  wired(review: Review): boolean;
  detect(review: Review): Detection | null;
  /** true/false when the answer can be compared, null when it cannot (empty, redacted, unparseable). */
  readonly valueMatches?: (detection: Detection | null, answer: string) => boolean | null;
  readonly targets: Targets;
}

const present = (span: Span | null | undefined, value: Detection['value'] = null): Detection | null =>
  span ? { spans: [span], value } : null;

export const CATEGORIES: readonly CuadCategory[] = [
  {
    label: 'Renewal Term',
    wired: () => true,
    detect: ({ keyTerms: { renewal } }) => present(renewal?.span, renewal ? renewal.termMonths ?? renewal.termBasis : null),
    valueMatches: (d, answer) => {
      if (isPerpetual(answer)) return d !== null && (d.value === 'evergreen' || d.value === 'unstated');
      const expected = answerMonths(answer);
      if (expected.length === 0) return null;
      return d !== null && typeof d.value === 'number' && expected.includes(d.value);
    },
    targets: { precision: 0.95, recall: 0.9, value: 0.9 },
  },
  {
    label: 'Notice Period To Terminate Renewal',
    wired: () => true,
    // A notice whose length is redacted or blank is still a notice clause found (noticeSpan with noticeDays null).
    detect: ({ keyTerms: { renewal } }) => (renewal && (renewal.noticeDays !== null || renewal.noticeSpan) ? present(renewal.noticeSpan ?? renewal.span, renewal.noticeDays) : null),
    valueMatches: (d, answer) => {
      const ok = d !== null && typeof d.value === 'number' ? daysMatch(d.value, answer) : daysMatch(-1, answer);
      return ok;
    },
    targets: { precision: 0.95, recall: 0.9, value: 0.9 },
  },
  {
    label: 'Effective Date',
    wired: () => true,
    detect: ({ keyTerms }) => present(keyTerms.effectiveDateSpan, keyTerms.effectiveDate),
    valueMatches: (d, answer) => {
      const expected = alternatives(answer).map(answerDate).filter((a) => a !== null);
      if (expected.length === 0) return null;
      return d !== null && typeof d.value === 'string' && expected.some((e) => dateMatches(d.value as string, e));
    },
    targets: { value: 0.85 },
  },
  {
    label: 'Expiration Date',
    wired: () => true,
    detect: ({ keyTerms: { expirationDate: e } }) => present(e?.span, e ? e.iso ?? (e.perpetual ? 'perpetual' : e.basis === 'event' ? 'event' : null) : null),
    valueMatches: (d, answer) => {
      // An answer may give several readings ("09/05/2019; perpetual"): the engine is right when it reads one of them.
      const verdicts = alternatives(answer).map((alternative): boolean | null => {
        // CUAD answers "perpetual" for any first term with no fixed end: one that runs until terminated and one that
        // ends on an event ("until the expiration of the last Royalty Term"), which the engine tells apart.
        if (isPerpetual(alternative)) return d !== null && (d.value === 'perpetual' || d.value === 'event');
        const expected = answerDate(alternative);
        if (!expected) return null;
        // "Five years from the Effective Date" ends on the anniversary or the day before, as annotators read it.
        return d !== null && typeof d.value === 'string' && d.value !== 'perpetual' && d.value !== 'event' && dateMatches(d.value, expected, 1);
      });
      if (verdicts.every((v) => v === null)) return null;
      return verdicts.some((v) => v === true);
    },
    targets: { value: 0.85 },
  },
  {
    label: 'Governing Law',
    wired: () => true,
    detect: ({ keyTerms: { governingLaw: g } }) => present(g?.span, g?.jurisdiction ?? null),
    valueMatches: (d, answer) => {
      const ok = jurisdictionMatches(typeof d?.value === 'string' ? d.value : '', answer);
      return ok;
    },
    targets: { value: 0.95 },
  },
  {
    label: 'Audit Rights',
    wired: ({ keyTerms }) => keyTerms.dpa !== undefined,
    detect: ({ keyTerms: { dpa } }) => (dpa?.anyAuditRight ? { spans: dpa.auditSentences, value: dpa.auditRights } : null),
    targets: { f1: 0.85 },
  },
  {
    label: 'Post-Termination Services',
    wired: ({ keyTerms }) => keyTerms.exit !== undefined,
    detect: ({ keyTerms: { exit } }) => (exit?.postTerminationServices ? { spans: exit.postTerminationSentences, value: null } : null),
    targets: { f1: 0.85 },
  },
  {
    label: 'Minimum Commitment',
    wired: () => true,
    detect: ({ keyTerms: { minimumCommitment: m } }) => (m ? { spans: m.sentences, value: m.amount } : null),
    targets: { f1: 0.85 },
  },
  {
    label: 'Cap On Liability',
    wired: () => true,
    detect: ({ keyTerms: { liabilityCap: c } }) => (c ? { spans: c.sentences, value: c.amount ?? (c.feesBased ? 'fees' : c.excludesIndirect ? 'exclusion' : null) } : null),
    targets: { f1: 0.85 },
  },
  {
    label: 'Termination For Convenience',
    wired: () => true,
    detect: ({ keyTerms: { terminationForConvenience: t } }) => (t ? { spans: t.sentences, value: t.party } : null),
    targets: { f1: 0.85 },
  },
];
