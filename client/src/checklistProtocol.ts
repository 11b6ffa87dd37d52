// The client's view of the `contractReview/checklist` request. Plain types only:
// no `vscode`, no LSP library, so the quick-pick text can be tested without an editor.

export type ChecklistState = 'met' | 'weak' | 'missing' | 'not-applicable';

export interface ProtocolPosition {
  readonly line: number;
  readonly character: number;
}

export interface ProtocolRange {
  readonly start: ProtocolPosition;
  readonly end: ProtocolPosition;
}

export interface ChecklistParams {
  /** The document URI as the server knows it (LSP string form). */
  readonly uri: string;
}

export interface ChecklistResultItem {
  readonly id: string;
  readonly title: string;
  readonly state: ChecklistState;
  readonly ruleIds: readonly string[];
  readonly detail: string;
  readonly range: ProtocolRange | null;
}

export interface ChecklistResult {
  /** Detected document kind: "msa", "sla", "dpa", "order-form" or "unknown". */
  readonly kind: string;
  /** Key dates and terms; the checklist view only reads the notice deadline. */
  readonly keyTerms: { readonly nonRenewalNoticeDeadline?: string | null } | null;
  readonly items: readonly ChecklistResultItem[];
}

export const CHECKLIST_METHOD = 'contractReview/checklist';
