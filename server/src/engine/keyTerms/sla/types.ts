import type { Span } from '../../model';

export type MeasurementPeriod = 'month' | 'quarter' | 'year';

export type ExclusionKind =
  | 'scheduled-maintenance'
  | 'emergency-maintenance'
  | 'partial-degradation'
  | 'regional-outage'
  | 'third-party'
  | 'force-majeure';

export interface SlaExclusion {
  readonly kind: ExclusionKind;
  /** The sentence that carves the event out of downtime. */
  readonly span: Span;
  /** Maintenance only: the draft limits its hours. */
  readonly capped: boolean;
  /** Maintenance only: the vendor must announce it in advance. */
  readonly noticeRequired: boolean;
}

export interface CreditTier {
  /** Availability below which the tier applies ("below 99.9%"), when the tier depends on uptime. */
  readonly belowPercent: number | null;
  /** Outage length in hours that earns the tier, when the credit depends on outage length instead. */
  readonly outageHours: number | null;
  /** Credit as a percent of the measurement period's fees ("3 days of service" = 10% of a 30-day month). */
  readonly creditPercent: number;
  /** How the draft states the credit. */
  readonly basis: 'percent' | 'days-of-service' | 'hours-of-service';
  readonly span: Span;
  /** The credit's percentage (or days of service) as written, for fixes that raise it; null when stated in hours. */
  readonly creditSpan: Span | null;
}

export interface SupportResponse {
  /** "Severity 1", "P1", "critical": as the draft names the level. */
  readonly severity: string;
  readonly hours: number | null;
  readonly span: Span;
}

export type PerformanceStandard = 'latency' | 'voice-quality' | 'call-setup' | 'packet-loss' | 'jitter';

/** What the draft says about service levels, read from its own numbers. */
export interface SlaTerms {
  /** The sentence that states the availability commitment, else the first SLA sentence. */
  readonly span: Span;
  /** The committed (guaranteed) availability, in percent. */
  readonly uptimePercent: number | null;
  readonly uptimeSpan: Span | null;
  /** A higher figure the vendor only aims for ("targets 99.99%, guarantees 99.9%"). */
  readonly uptimeTargetPercent: number | null;
  /** The defined term that stands for the figure when another document sets it ("Target Uptime"). */
  readonly uptimeStatedElsewhere: string | null;
  /**
   * The service levels as a whole are set in another document the draft names ("in accordance with the SLA",
   * "the service level agreement at https://…"): nothing here is missing, the named document must be checked.
   * Null when this draft states its own service levels or names no such document.
   */
  readonly setElsewhere: string | null;
  /** 'efforts': "commercially reasonable efforts" rather than a promise; 'unquantified': "available at all times". */
  readonly commitment: 'commitment' | 'efforts' | 'unquantified' | 'none';
  readonly measurementPeriod: MeasurementPeriod | null;
  readonly measurementSpan: Span | null;
  readonly exclusions: readonly SlaExclusion[];
  readonly credits: readonly CreditTier[];
  /** The most a customer can get in a period: the cap, else the top tier. */
  readonly maxCreditPercent: number | null;
  readonly maxCreditSpan: Span | null;
  readonly maxCreditBasis: 'cap' | 'top-tier' | null;
  /** Credits computed on the fees of the affected service only, not the whole subscription. */
  readonly creditsAffectedServiceOnly: boolean;
  readonly soleRemedy: boolean;
  readonly soleRemedySpan: Span | null;
  /** Days the customer has to claim a credit. */
  readonly claimWindowDays: number | null;
  readonly claimSpan: Span | null;
  /** true: credits apply without a request; false: the customer must claim them; null: the draft does not say. */
  readonly creditsAutomatic: boolean | null;
  readonly chronicFailureExit: boolean;
  readonly chronicFailureSpan: Span | null;
  readonly performanceStandards: readonly PerformanceStandard[];
  readonly supportResponse: readonly SupportResponse[];
  /** The defined term for response times set in another document ("Target Response Time"). */
  readonly supportResponseStatedElsewhere: string | null;
  /** Index into Contract.headings of the section that holds the SLA, for inserted clauses; -1 when none. */
  readonly headingIndex: number;
}
