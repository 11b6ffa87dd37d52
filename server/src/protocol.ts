// The wire contract between the language server and the VS Code client: custom
// requests, command ids, the settings shape and the data a diagnostic carries.
// Both sides import this file, so it must stay free of server-only code: types
// come from the engine with `import type` (erased), and the request objects from
// vscode-languageserver-protocol, which both vscode-languageserver and
// vscode-languageclient already bundle.
import { RequestType, RequestType0 } from 'vscode-languageserver-protocol';
import type { Range, WorkDoneProgressParams } from 'vscode-languageserver-protocol';
import type { DocumentKind, FactValue, Fix, Severity, Span } from './engine/model';
import type { KeyTerms } from './engine/keyTerms/types';
import type { ChecklistState } from './engine/checklist';
import type { RuleFamily } from './engine/rule';
import type { KeyTermGroup } from './report/keyTermRows';

// The client imports only this file; what it needs from the engine's types is re-exported here.
export type { ChecklistState, Severity };

/** `source` of every diagnostic the server publishes. */
export const DIAGNOSTIC_SOURCE = 'contract-review';

/** Diagnostic code of problems found in a playbook file. */
export const PLAYBOOK_DIAGNOSTIC_CODE = 'playbook';

/** Diagnostic code of the single notice on a document too large to review. */
export const TOO_LARGE_DIAGNOSTIC_CODE = 'too-large';

/** Language ids the server reviews; the client's document selector should use the same list. */
export const REVIEWED_LANGUAGE_IDS: readonly string[] = ['markdown', 'plaintext', 'contract'];

/** The playbook file looked for at each workspace folder's root when the setting is empty. */
export const DEFAULT_PLAYBOOK_FILE_NAME = '.contract-review.json';

// ---------------------------------------------------------------------------
// Settings

/** The configuration section the server asks the client for (`workspace/configuration`). */
export const SETTINGS_SECTION = 'contractReview';

export type TraceLevel = 'off' | 'messages' | 'verbose';
export const TRACE_LEVELS: readonly TraceLevel[] = ['off', 'messages', 'verbose'];

/** `contractReview.*` settings, resolved per document. */
export interface ContractReviewSettings {
  /** Review documents at all. */
  readonly enable: boolean;
  /** Path to the playbook; relative paths start at the workspace folder root; '' = `.contract-review.json` there. */
  readonly playbook: string;
  readonly trace: { readonly server: TraceLevel };
}

export const DEFAULT_SETTINGS: ContractReviewSettings = {
  enable: true,
  playbook: '',
  trace: { server: 'off' },
};

// ---------------------------------------------------------------------------
// Diagnostics

/**
 * `Diagnostic.data` of every rule finding. Code actions are built from this
 * alone (no server-side state); `version` is the document version the fixes
 * were computed for, so a stale fix is refused.
 */
export interface FindingDiagnosticData {
  readonly ruleId: string;
  readonly fixes: readonly Fix[];
  readonly version: number;
}

/** The anchor of a rule's section in the README: `rule-renewal-long-renewal-term`. */
export function ruleDocumentationAnchor(ruleId: string): string {
  return `rule-${ruleId.split('/').join('-')}`;
}

// ---------------------------------------------------------------------------
// Custom requests

export interface DocumentParams {
  /** The document's URI as the client opened it. */
  readonly uri: string;
}

export interface ChecklistFamily {
  readonly family: RuleFamily;
  /** "Data protection". */
  readonly label: string;
  /** "1 missing, 2 weak, 3 met". */
  readonly counts: string;
  /** The state of the family's worst item: missing, then weak, met, not applicable. */
  readonly worst: ChecklistState;
}

/** A finding as the checklist view lists it under its item. */
export interface ChecklistFinding {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly message: string;
  readonly range: Range;
}

export interface ProtocolChecklistItem {
  readonly id: string;
  /** The rule family the item belongs to: the checklist view's top level. */
  readonly family: RuleFamily;
  readonly title: string;
  readonly state: ChecklistState;
  readonly ruleIds: readonly string[];
  readonly detail: string;
  /** What met, weak and missing (or found) mean for this item, with the playbook's figures. */
  readonly test?: string;
  /** Where to jump, or null when the item has no place in the draft. */
  readonly range: Range | null;
  /** The findings of the item's rules, in document order. */
  readonly findings: readonly ChecklistFinding[];
}

/** The next non-renewal deadline as of the server's today, for the status bar. */
export interface UpcomingDeadline {
  /** YYYY-MM-DD. */
  readonly noticeDue: string;
  /** The last working day on or before `noticeDue`. */
  readonly sendBy: string;
  /** "2 Sep 2029". */
  readonly label: string;
  /** The sentence the code lens and the memo use for it. */
  readonly description: string;
  /** Set when the only deadline known is already past (the renewal length is unknown). */
  readonly passed: boolean;
}

export interface ChecklistResult {
  /** The document version this answer describes. */
  readonly version: number;
  readonly kind: DocumentKind;
  /** Spans inside are UTF-16 offsets into the document text of `version`. */
  readonly keyTerms: KeyTerms;
  readonly items: readonly ProtocolChecklistItem[];
  /** The families with items, in the order a reviewer reads them (the memo's), for views that group the items. */
  readonly families: readonly ChecklistFamily[];
  /** Null when the draft has no automatic renewal with a computable deadline. */
  readonly upcomingDeadline: UpcomingDeadline | null;
}

/** One key term as the key terms view and the memo show it. */
export interface ProtocolKeyTermRow {
  readonly group: KeyTermGroup;
  readonly label: string;
  readonly value: string;
  /** The clause the value comes from, or null when nothing in the draft states it. */
  readonly range: Range | null;
  /** 'read': stated in the draft; 'derived': worked out from other terms; 'low': read with doubt (said in `note`). */
  readonly confidence: 'read' | 'derived' | 'low';
  readonly note?: string;
}

export interface KeyTermsResult {
  readonly version: number;
  /** Dates, renewal, service levels, data protection, exit and commercial terms, in that order. */
  readonly rows: readonly ProtocolKeyTermRow[];
}

export interface ProtocolFinding {
  readonly ruleId: string;
  /** The rule's title, for lists and reports. */
  readonly title: string;
  readonly severity: Severity;
  readonly message: string;
  readonly range: Range;
  /** The same place as UTF-16 offsets; fix edits use offsets too. */
  readonly span: Span;
  readonly facts: Readonly<Record<string, FactValue>>;
  readonly fixes: readonly Fix[];
}

export interface ReviewResult {
  readonly version: number;
  readonly kind: DocumentKind;
  readonly keyTerms: KeyTerms;
  readonly findings: readonly ProtocolFinding[];
}

/**
 * `contractReview/checklist`: the checklist of the document's current version.
 * Null when the document is not open, is disabled by settings, or is too large.
 */
export namespace ChecklistRequest {
  export const method = 'contractReview/checklist';
  export const type = new RequestType<DocumentParams, ChecklistResult | null, void>(method);
}

/**
 * `contractReview/review`: the findings and key terms of the document's current
 * version. Null in the same cases as the checklist.
 */
export namespace ReviewRequest {
  export const method = 'contractReview/review';
  export const type = new RequestType<DocumentParams, ReviewResult | null, void>(method);
}

/**
 * `contractReview/keyTerms`: the key terms of the document's current version as
 * rows to show. Null in the same cases as the checklist.
 */
export namespace KeyTermsRequest {
  export const method = 'contractReview/keyTerms';
  export const type = new RequestType<DocumentParams, KeyTermsResult | null, void>(method);
}

/** The code action kind of "fix all safe problems" (`editor.codeActionsOnSave` can name it). */
export const FIX_ALL_KIND = 'source.fixAll.contractReview';

export type RenewalCalendarResult =
  | {
      /** The iCalendar (RFC 5545) text to save. */
      readonly calendar: string;
      /** A file name to offer: the draft's, with `.renewal.ics`. */
      readonly fileName: string;
      /** How many deadlines it holds (today's term, and the next when known). */
      readonly events: number;
    }
  | { readonly calendar: null; readonly reason: string };

/**
 * `contractReview/renewalCalendar`: the non-renewal deadlines the code lens shows,
 * as an iCalendar file with reminders. Null in the same cases as the checklist.
 */
export namespace RenewalCalendarRequest {
  export const method = 'contractReview/renewalCalendar';
  export const type = new RequestType<DocumentParams, RenewalCalendarResult | null, void>(method);
}

export type MemoFormat = 'markdown' | 'html' | 'docx';

export interface MemoParams extends DocumentParams {
  readonly format: MemoFormat;
}

export type MemoResult =
  | { readonly format: 'markdown' | 'html'; readonly fileName: string; readonly text: string }
  /** Word files travel as base64: JSON-RPC carries text only. */
  | { readonly format: 'docx'; readonly fileName: string; readonly base64: string };

/**
 * `contractReview/memo`: the review memo of the document's current version in
 * the format asked for, from the CLI's memo code. Null in the same cases as the checklist.
 */
export namespace MemoRequest {
  export const method = 'contractReview/memo';
  export const type = new RequestType<MemoParams, MemoResult | null, void>(method);
}

/**
 * `contractReview/playbookTemplate`: the text of a new `.contract-review.json`,
 * every threshold at its default with a comment saying what it means.
 */
export namespace PlaybookTemplateRequest {
  export const method = 'contractReview/playbookTemplate';
  export const type = new RequestType0<string, void>(method);
}

// ---------------------------------------------------------------------------
// Word and PDF drafts: read-only Markdown renderings

/**
 * URI scheme of the read-only rendering of a Word or PDF draft. The rendering of
 * `file:///deal/msa.docx` is `contract-review-rendering:/deal/msa.docx.md`: the path
 * is the file's with `.md` added, so editors treat it as Markdown, and the server can
 * tell which file it stands for (its folder's playbook, its pages or headings).
 */
export const RENDERING_SCHEME = 'contract-review-rendering';

/** The rendering's URI for a `file:` URI; null for another scheme. */
export function renderingUriOf(fileUri: string): string | null {
  if (!fileUri.startsWith('file://')) return null;
  const rest = fileUri.slice('file://'.length);
  // `file:///path` has an empty authority; a UNC `file://host/share` keeps its host in the path.
  return `${RENDERING_SCHEME}:${rest.startsWith('/') ? '' : '//'}${rest}.md`;
}

/** The `file:` URI a rendering stands for; null when the URI is not a rendering. */
export function sourceUriOfRendering(uri: string): string | null {
  const prefix = `${RENDERING_SCHEME}:`;
  if (!uri.startsWith(prefix) || !uri.endsWith('.md')) return null;
  const rest = uri.slice(prefix.length, -'.md'.length);
  return `file://${rest.startsWith('//') ? rest.slice(2) : rest}`;
}

export interface RenderDraftParams extends WorkDoneProgressParams {
  /** `file:` URI of a .docx or .pdf file. */
  readonly uri: string;
}

export type RenderDraftResult =
  | {
    readonly ok: true;
    readonly kind: 'docx' | 'pdf';
    /** The Markdown rendering, notes first (as HTML comments the review ignores). */
    readonly markdown: string;
    /** What the reader must know ("tracked changes were accepted"), in plain sentences. */
    readonly notes: readonly string[];
    readonly pageCount: number | null;
  }
  | { readonly ok: false; readonly message: string };

/**
 * `contractReview/renderDraft`: converts a Word or PDF file on disk to the Markdown
 * the rendering shows. The conversion runs in the server (PDF.js and mammoth are
 * server dependencies); with a `workDoneToken` it reports progress page by page.
 */
export namespace RenderDraftRequest {
  export const method = 'contractReview/renderDraft';
  export const type = new RequestType<RenderDraftParams, RenderDraftResult, void>(method);
}

// ---------------------------------------------------------------------------
// Comparing two turns of a draft

/** The earlier turn: a file on disk (any draft the review reads), or bytes the client fetched (a git revision). */
export type PreviousDraft =
  | { readonly uri: string }
  | {
    /** The file name it had, which says how to read the bytes (.docx, .pdf, .md, .txt). */
    readonly name: string;
    readonly base64: string;
    /** How the comparison names it ("msa.md at HEAD"); the name when absent. */
    readonly label?: string;
  };

export interface CompareDraftsParams extends WorkDoneProgressParams {
  /** The draft as it is now: an open document (file, untitled or rendering), else a file on disk. */
  readonly uri: string;
  readonly previous: PreviousDraft;
}

export interface ComparedFinding {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly message: string;
  /** In the current draft's text as the editor shows it (the rendering for Word and PDF). */
  readonly range: Range;
}

export type CompareDraftsResult =
  | {
    readonly ok: true;
    readonly oldName: string;
    readonly newName: string;
    /** The comparison as a Markdown page (the CLI's `compare --format markdown`). */
    readonly markdown: string;
    /** Findings the current draft has and the earlier one had not. */
    readonly introduced: readonly ComparedFinding[];
    readonly resolvedCount: number;
    readonly unchangedCount: number;
    /** Moved key terms, worse for the buyer first. */
    readonly moves: readonly { readonly label: string; readonly change: string; readonly effect: 'worse' | 'better' | 'unclear' }[];
  }
  | { readonly ok: false; readonly message: string };

/** `contractReview/compareDrafts`: what changed between an earlier turn and the current draft. */
export namespace CompareDraftsRequest {
  export const method = 'contractReview/compareDrafts';
  export const type = new RequestType<CompareDraftsParams, CompareDraftsResult, void>(method);
}

// ---------------------------------------------------------------------------
// Client command ids (registered by the client; listed here so both sides and
// package.json agree on one spelling).

export const COMMANDS = {
  showChecklist: 'contractReview.showChecklist',
  showReport: 'contractReview.showReport',
  insertClause: 'contractReview.insertClause',
  exportCalendar: 'contractReview.exportCalendar',
  exportMemo: 'contractReview.exportMemo',
  fixAll: 'contractReview.fixAll',
  openSample: 'contractReview.openSample',
  createPlaybook: 'contractReview.createPlaybook',
  openPlaybook: 'contractReview.openPlaybook',
  restartServer: 'contractReview.restartServer',
  reviewWordPdf: 'contractReview.reviewWordPdf',
  compareWithPrevious: 'contractReview.compareWithPrevious',
  /** Copies a fix's suggested wording; offered instead of the edit on a read-only rendering. */
  copySuggestion: 'contractReview.copySuggestion',
} as const;

export type CommandId = (typeof COMMANDS)[keyof typeof COMMANDS];
