import type { Span } from '../model';
import type { NoticeDeadline } from '../deadlines/types';
import type { SlaTerms } from './sla/types';
import type { DpaTerms } from './dpa/types';
import type { ExitTerms } from './exit/types';
import type { CommercialKeyTerms } from './commercial/types';
import type { ExpirationTerms, GoverningLawTerms, LiabilityCapTerms, MinimumCommitmentTerms, TerminationForConvenienceTerms } from './commercialTypes';

/** A price-change term found in a renewal or fees clause. */
export interface PriceIncreaseTerms {
  readonly span: Span;
  /** The cap in percent, or null when the increase is not capped. */
  readonly capPercent: number | null;
  /** "then-current" / "list" prices on renewal: the vendor sets the price. */
  readonly thenCurrentPricing: boolean;
  /** The cap follows an index (CPI) rather than a fixed percentage. */
  readonly indexLinked: boolean;
}

export interface RenewalTerms {
  /** true when the agreement renews unless someone acts; false for renewal by option or agreement. */
  readonly automatic: boolean;
  /**
   * The renewal needs both parties to agree to it ("may be renewed by mutual written agreement"): no party
   * can force it or stop it alone, so it commits the buyer to nothing (CUAD's Renewal Term leaves it out too).
   */
  readonly byAgreement: boolean;
  /** Length of each renewal term in months; null when the draft does not say or it cannot be resolved. */
  readonly termMonths: number | null;
  /** How the renewal length was stated: a duration, "equal to the Initial Term", evergreen, month-to-month… */
  readonly termBasis: 'stated' | 'same-as-initial' | 'month-to-month' | 'evergreen' | 'unstated';
  /** Days of notice needed to stop the renewal (the latest point the notice can be given). */
  readonly noticeDays: number | null;
  /** For "no earlier than X and no later than Y days before" windows: X, with noticeDays = Y. */
  readonly noticeWindowOpensDays: number | null;
  /** For a renewal someone must opt into: days before the end by which the option must be exercised. */
  readonly exerciseNoticeDays: number | null;
  /** The "no earlier than X days" words, which a fix can delete to widen the window. */
  readonly noticeWindowOpensSpan: Span | null;
  /** The sentence(s) that grant the renewal. */
  readonly span: Span;
  readonly termSpan: Span | null;
  readonly noticeSpan: Span | null;
  /**
   * The last day to stop an automatic renewal, for the initial term and the next, or the facts
   * missing to compute it (set by the review from the terms above; absent on a renewal by option).
   */
  readonly noticeDeadline?: NoticeDeadline | null;
}

export interface KeyTerms {
  /** ISO date (YYYY-MM-DD) the agreement takes effect, when the draft states it. */
  readonly effectiveDate: string | null;
  readonly effectiveDateSpan: Span | null;
  readonly initialTermMonths: number | null;
  readonly initialTermSpan: Span | null;
  readonly renewal: RenewalTerms | null;
  /** How renewal or later prices may rise, when the draft says. */
  readonly priceIncrease: PriceIncreaseTerms | null;
  /** Last day to send notice of non-renewal for the first renewal, when the dates allow. */
  readonly nonRenewalNoticeDeadline: string | null;
  /** Service levels and credits: null when the draft says nothing about them. */
  readonly sla: SlaTerms | null;
  /** Data-protection terms: the DPA and its elements (readKeyTerms always fills it; optional for hand-made key terms). */
  readonly dpa?: DpaTerms;
  /** Exit terms: data export, access after the end, transition help. */
  readonly exit?: ExitTerms;
  /** When the initial term ends (readKeyTerms always fills the information terms below; optional for hand-made key terms). */
  readonly expirationDate?: ExpirationTerms | null;
  readonly governingLaw?: GoverningLawTerms | null;
  readonly liabilityCap?: LiabilityCapTerms | null;
  readonly terminationForConvenience?: TerminationForConvenienceTerms | null;
  readonly minimumCommitment?: MinimumCommitmentTerms | null;
  /** What the deal costs over its life and what it costs to leave (readKeyTerms always fills it; optional for hand-made key terms). */
  readonly commercial?: CommercialKeyTerms;
}
