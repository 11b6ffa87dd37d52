import type { Span } from '../model';

// Key terms a buyer reads for information: they are shown in the checklist and
// hovers, and measured against CUAD, but no rule turns them into findings.

export interface GoverningLawTerms {
  /** The place as the draft names it: "New York", "England and Wales", "Delaware". */
  readonly jurisdiction: string;
  readonly span: Span;
}

export interface ExpirationTerms {
  /** YYYY-MM-DD the initial term ends; null when it runs until terminated, ends on an event, or cannot be worked out. */
  readonly iso: string | null;
  /** The agreement runs until terminated ("perpetual", "indefinitely", "until terminated by either party"). */
  readonly perpetual: boolean;
  /**
   * A date in the text, the effective date plus the initial term, no end, or an
   * event with no date ("until the expiration of the last Royalty Term").
   */
  readonly basis: 'stated' | 'from-term' | 'perpetual' | 'event';
  readonly span: Span;
  /** The initial term's length in months when it is counted from a start date the draft does not give (iso is then null). */
  readonly undatedMonths?: number;
}

export interface LiabilityCapTerms {
  /** The sentence that caps or excludes liability (the first, when there are several). */
  readonly span: Span;
  /** What that sentence does: caps an amount, excludes kinds of loss, makes a remedy exclusive, or bars late claims. */
  readonly kind: 'cap' | 'exclusion' | 'remedy' | 'timeBar';
  /** A cap stated as an amount ("$1,000,000"), when the sentence gives one. */
  readonly amount: number | null;
  readonly currency: string | null;
  /** A cap measured by fees ("the fees paid in the twelve (12) months before the claim"): the months, when stated. */
  readonly feesMonths: number | null;
  /** The cap is measured by the fees paid or payable. */
  readonly feesBased: boolean;
  /** Indirect or consequential damages are excluded. */
  readonly excludesIndirect: boolean;
  /** Every sentence that caps or excludes liability, in document order. */
  readonly sentences: readonly Span[];
}

export interface TerminationForConvenienceTerms {
  readonly span: Span;
  /** Who may end the agreement without cause, as far as the sentence says. */
  readonly party: 'either' | 'customer' | 'provider' | 'named';
  /** Everyone the draft gives such a right, in document order (the first is `party`). */
  readonly holders?: readonly ('either' | 'customer' | 'provider' | 'named')[];
  /** Days of notice, when stated. */
  readonly noticeDays: number | null;
  /** Every sentence that grants such a right, in document order. */
  readonly sentences: readonly Span[];
}

export interface MinimumCommitmentTerms {
  readonly span: Span;
  /** The amount committed, when the sentence states money. */
  readonly amount: number | null;
  readonly currency: string | null;
  /** Every sentence that states a minimum, in document order. */
  readonly sentences: readonly Span[];
}
