// The non-renewal notice deadlines of an automatic renewal, as the draft's own
// facts give them. Pure data, shared by the engine, the LSP and the CLI.

/** How the draft counts the notice period: "ninety (90) days", "ten (10) business days", "three (3) months". */
export type NoticeUnit = 'day' | 'business-day' | 'month';

/** A fact the deadline needs and the draft does not state (or states as a blank). */
export type MissingDeadlineFact = 'effective date' | 'length of the initial term' | 'length of the notice period' | 'length of each renewal term';

/** One term's end and the last day to stop the renewal that follows it. Dates are YYYY-MM-DD. */
export interface TermDeadline {
  /** 0 for the initial term, 1 for the first renewal term, and so on. */
  readonly termIndex: number;
  /** The term's last day: the day before the anniversary it runs to. */
  readonly termEnds: string;
  /** The last day the notice may be given, counted back from `termEnds`. */
  readonly noticeDue: string;
  /**
   * The last working day on or before `noticeDue` (Monday to Friday; public holidays are not known):
   * a deadline on a weekend is safest met on the Friday before.
   */
  readonly sendBy: string;
  /** For "no earlier than X days" windows: the first day notice counts; null when notice may come any time. */
  readonly windowOpens: string | null;
}

/** The schedule the deadlines follow, so a caller can roll forward to today's term without re-reading the draft. */
export interface NoticeSchedule {
  readonly effectiveDate: string;
  readonly initialTermMonths: number;
  /** Null when the renewal length is unknown: only the initial term's deadline can be given. */
  readonly renewalTermMonths: number | null;
  readonly notice: { readonly amount: number; readonly unit: NoticeUnit };
  /** The window's opening limit in the same unit, when the draft sets one. */
  readonly windowOpens: number | null;
}

export type NoticeDeadline =
  | {
      readonly status: 'computed';
      readonly schedule: NoticeSchedule;
      /** The deadline before the first renewal (the end of the initial term). */
      readonly current: TermDeadline;
      /** The deadline before the renewal after that; null when the renewal term's length is unknown. */
      readonly next: TermDeadline | null;
      /** Set when `next` is null: the fact it would need. */
      readonly nextMissing: MissingDeadlineFact | null;
    }
  | {
      readonly status: 'incomplete';
      /** Every fact that is missing, in the order a reader would look for them. */
      readonly missing: readonly MissingDeadlineFact[];
    };
