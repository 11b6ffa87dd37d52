import type { Span } from '../../model';
import type { NumberPortingTerms } from './numberPorting';

/** What exporting the data costs: free, a stated amount, not said, or extra / then-current fees. */
export type ExportFees = 'none' | 'stated' | 'unstated' | 'extra';

export type ExitElement =
  | 'dataExport' | 'exportFormats' | 'exportDays' | 'postTerminationAccess' | 'deletionAtTermination'
  | 'exportFees' | 'transitionAssistance' | 'coversRecordings' | 'recordingsInScope' | 'postTerminationServices';

export interface ExitTerms {
  /** The buyer may export or retrieve its data at or after the end of the agreement. */
  readonly dataExport: boolean;
  /** Named formats: "CSV", "JSON", "WAV"… */
  readonly exportFormats: readonly string[];
  /** The format is the vendor's choice ("in a format determined by Provider"). */
  readonly exportFormatByProvider: boolean;
  /** Days within which the vendor delivers the export, when stated. */
  readonly exportDays: number | null;
  /** Days the buyer keeps access after the end; 0 when access ends at termination; null when not said. */
  readonly postTerminationAccessDays: number | null;
  /** The vendor deletes the data at (or immediately after) termination. */
  readonly deletionAtTermination: boolean;
  /** Days after the end when the vendor deletes the data of its own accord (not "on request"), when stated. */
  readonly deletionDaysAfterEnd: number | null;
  readonly exportFees: ExportFees;
  readonly transitionAssistance: boolean;
  /** The export clause names interaction recordings (or audio). */
  readonly coversRecordings: boolean;
  /** The service handles recordings at all (a contact-center draft), so an export must cover them. */
  readonly recordingsInScope: boolean;
  /** The service holds the buyer's data (customer data, content, recordings): exit terms belong in the draft. */
  readonly holdsCustomerData: boolean;
  /** Any duty that runs after the end (transition, wind-down, export, sell-off…): CUAD's "Post-Termination Services". */
  readonly postTerminationServices: boolean;
  /** Every sentence that states such a duty, in document order (the first is spans.postTerminationServices). */
  readonly postTerminationSentences: readonly Span[];
  /** Telephone numbers at the end: portable, kept by the vendor, or not said (null when the draft names no numbers). */
  readonly numberPorting?: NumberPortingTerms | null;
  readonly spans: { readonly [K in ExitElement]?: Span };
}
