import type { Span } from '../../model';

/** How the agreement brings in its data-protection terms. */
export type DpaPresence = 'document' | 'section' | 'reference';

/** Whether the buyer may audit the vendor, only read the vendor's own reports, or neither. */
export type AuditRights = 'full' | 'reports-only' | 'none';

/** How the draft states the deadline for telling the buyer about a breach. */
export type BreachNotice = 'stated' | 'vague' | 'none';

/** The elements a buyer checks in a DPA; each may carry the span of the words that state it. */
export type DpaElement =
  | 'present' | 'personalData' | 'incorporatedByUrl' | 'mutable' | 'residency' | 'subprocessorList'
  | 'subprocessorChangeNotice' | 'objectionRight' | 'breachNotice' | 'auditRights' | 'deletionOrReturn' | 'laws';

export interface DpaTerms {
  /** The draft is a DPA, has a data-protection section or exhibit, or incorporates one. */
  readonly present: boolean;
  readonly presentAs: DpaPresence | null;
  /** The draft handles personal data (recordings, transcripts, customer records…). */
  readonly handlesPersonalData: boolean;
  /** The address of a DPA incorporated by URL, or null. */
  readonly incorporatedByUrl: string | null;
  /** The DPA may change "from time to time" without the buyer's signature. */
  readonly mutable: boolean;
  /** Regions where the data is stored or processed, as the draft names them ("European Union"). */
  readonly residency: readonly string[];
  readonly subprocessorList: boolean;
  /** The draft promises notice of new or replaced subprocessors (with or without a number of days). */
  readonly subprocessorChangeNotice: boolean;
  /** Calendar days of that notice, when stated. */
  readonly subprocessorChangeNoticeDays: number | null;
  readonly objectionRight: boolean;
  /** Hours to notify a breach; null when none is stated ("without undue delay" alone is vague). */
  readonly breachNoticeHours: number | null;
  readonly breachNotice: BreachNotice;
  readonly auditRights: AuditRights;
  /** Any audit or inspection right in the draft, whoever holds it (CUAD's "Audit Rights"). */
  readonly anyAuditRight: boolean;
  /** Every sentence that grants such a right, in document order. */
  readonly auditSentences: readonly Span[];
  readonly deletionOrReturn: boolean;
  /** Privacy laws named: "GDPR", "UK GDPR", "CCPA", "CPRA", "HIPAA"… */
  readonly laws: readonly string[];
  /** Regions where the draft places its users, callers, agents or operations (named as in `residency`). */
  readonly regionsServed: readonly string[];
  readonly spans: { readonly [K in DpaElement]?: Span };
}
