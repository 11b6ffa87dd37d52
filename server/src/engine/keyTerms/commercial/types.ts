import type { Span } from '../../model';

// What the deal costs over its life and what it costs to leave: the terms a
// buyer's finance team reads, and the commercial and liability rules judge.

export type CommitmentKind = 'spend' | 'seats' | 'usage';
export type CommitmentPeriod = 'month' | 'quarter' | 'year' | 'term';

export interface CommitmentTerms {
  readonly span: Span;
  /** Money (a minimum spend or fee), a number of seats, agents or licences, or a volume of use (minutes, messages). */
  readonly kind: CommitmentKind;
  readonly amount: number | null;
  readonly currency: string | null;
  /** The period the minimum is counted over, when the sentence says. */
  readonly period: CommitmentPeriod | null;
  /** The customer may reduce the minimum, roll unused amounts over or true down. */
  readonly reducible: boolean;
  readonly reducibleSpan: Span | null;
  /** The minimum (or the rest of it) stays payable after the agreement ends, the vendor's breach not excepted. */
  readonly survivesTermination: boolean;
  readonly survivesSpan: Span | null;
  /** "regardless of actual usage": the minimum is owed whatever is used. */
  readonly regardlessOfUsage: boolean;
}

export interface TrueUpTerms {
  readonly span: Span;
  /** Use beyond the commitment is priced at a stated rate, at the vendor's list or then-current rates, or not at all. */
  readonly priced: 'fixed' | 'list' | 'unstated';
}

export interface ConsumptionTerms {
  readonly span: Span;
  /** What is counted: "minutes", "interactions", "AI transactions", "messages" … in the order the draft names them. */
  readonly units: readonly string[];
  /** The draft puts a ceiling on usage charges (a cap, a spending limit, a maximum). */
  readonly capped: boolean;
  readonly capSpan: Span | null;
}

export interface SeatModelTerms {
  readonly span: Span;
  readonly model: 'named' | 'concurrent' | 'unstated';
  /** How a seat is counted, when the draft says: the peak, an average, or users "at any one time". */
  readonly counting: 'peak' | 'average' | 'at-any-one-time' | null;
}

export interface AddOnTerms {
  readonly span: Span;
  /** The module as the buyer would name it: "AI", "workforce management", "analytics", "additional channels" … */
  readonly name: string;
}

export interface EarlyTerminationTerms {
  readonly span: Span;
  /** The charge's formula in the draft's words, when the sentence gives one ("the fees for the remainder of the Term"). */
  readonly formula: string | null;
  /** The charge runs with the months left in the term. */
  readonly monthsRemaining: boolean;
}

export interface FeesCancellableTerms {
  readonly span: Span;
  /** false: the draft says fees or orders cannot be cancelled. */
  readonly cancellable: boolean;
  /** The vendor refunds prepaid fees when the agreement ends early (for its breach, or on the customer's exit). */
  readonly refundOnTermination: boolean;
}

export interface DataBreachCap {
  readonly span: Span;
  /** Data-protection and confidentiality breaches are not capped at all. */
  readonly uncapped: boolean;
  readonly amount: number | null;
  readonly currency: string | null;
  /** A super-cap stated as a multiple of the general cap or of the fees ("two times"). */
  readonly multiple: number | null;
  readonly feesMonths: number | null;
}

export interface LiabilityTerms {
  /** The sentence that caps liability. */
  readonly span: Span;
  readonly amount: number | null;
  readonly currency: string | null;
  /** The cap in months of fees, when the draft measures it by fees over a stated period. */
  readonly feesMonths: number | null;
  readonly feesBased: boolean;
  /** What the cap does not apply to, by name: "confidentiality", "data protection", "indemnities" … */
  readonly carveOuts: readonly string[];
  readonly carveOutSpans: readonly Span[];
  /** A separate treatment of data-protection and confidentiality breaches (uncapped or a super-cap), when the draft has one. */
  readonly dataBreach: DataBreachCap | null;
}

export interface CommercialKeyTerms {
  readonly minimumCommitment: CommitmentTerms | null;
  readonly trueUp: TrueUpTerms | null;
  readonly consumption: ConsumptionTerms | null;
  readonly seatModel: SeatModelTerms | null;
  readonly addOns: readonly AddOnTerms[];
  readonly earlyTermination: EarlyTerminationTerms | null;
  readonly feesCancellable: FeesCancellableTerms | null;
  readonly liabilityCap: LiabilityTerms | null;
}
