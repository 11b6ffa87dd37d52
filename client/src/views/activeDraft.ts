import * as vscode from 'vscode';
import { ChecklistRequest, KeyTermsRequest, type ChecklistResult, type KeyTermsResult } from '../../../server/src/protocol';
import { activeContractDocument } from '../documents';
import type { Session } from '../session';

// What the views and the status bar show: the server's checklist and key terms
// for the draft in the active editor, asked once per refresh and shared by every
// view; the client only asks and displays.

/** Edits wait for a pause in typing before the views ask again (the server debounces its review too). */
const EDIT_PAUSE_MS = 400;

export type DraftView =
  /** No contract draft in the active editor. */
  | { readonly status: 'none' }
  /** The server does not review the draft (switched off, too large) or could not be asked. */
  | { readonly status: 'unreviewed'; readonly document: vscode.TextDocument; readonly reason: string }
  | { readonly status: 'reviewed'; readonly document: vscode.TextDocument; readonly checklist: ChecklistResult; readonly keyTerms: KeyTermsResult };

export class ActiveDraft implements vscode.Disposable {
  private state: DraftView = { status: 'none' };
  private readonly changed = new vscode.EventEmitter<DraftView>();
  private readonly disposables: vscode.Disposable[] = [this.changed];
  /** Answers to older requests are dropped: only the latest request may change what is shown. */
  private generation = 0;
  private editTimer: NodeJS.Timeout | undefined;

  /** Fires after every refresh, with what is now shown. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly session: Session) {
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => void this.refresh()),
      // The server publishes diagnostics after each review: the checklist has moved on too.
      // The active editor's draft counts too: it may not be shown yet (the server was still starting).
      vscode.languages.onDidChangeDiagnostics((event) => {
        const shown = [this.current?.uri.toString(), activeContractDocument()?.uri.toString()];
        if (event.uris.some((u) => shown.includes(u.toString()))) void this.refresh();
      }),
      // Edits that change no diagnostic can still change an item (a clause added meets it).
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document !== this.current || event.contentChanges.length === 0) return;
        clearTimeout(this.editTimer);
        this.editTimer = setTimeout(() => void this.refresh(), EDIT_PAUSE_MS);
      }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('contractReview')) void this.refresh();
      }),
    );
    session.ready.then(() => this.refresh(), () => undefined);
  }

  get view(): DraftView {
    return this.state;
  }

  /** Asks the server again for the active editor's draft. */
  async refresh(): Promise<DraftView> {
    const generation = ++this.generation;
    const document = activeContractDocument();
    let next: DraftView;
    if (!document) {
      // Focus in the tree or an output panel leaves no active editor: keep showing the draft that was there.
      if (vscode.window.activeTextEditor === undefined && this.state.status !== 'none' && !this.state.document.isClosed) return this.state;
      next = { status: 'none' };
    } else {
      next = await this.ask(document);
    }
    if (generation !== this.generation) return this.state;
    this.state = next;
    this.changed.fire(next);
    return next;
  }

  /**
   * Resolves once the views show `uri` at the document's current version: what
   * tests and commands wait on instead of sleeping.
   */
  whenShowing(uri: vscode.Uri): Promise<DraftView> {
    const matches = (view: DraftView): boolean =>
      view.status !== 'none' && view.document.uri.toString() === uri.toString() &&
      (view.status === 'unreviewed' || (view.checklist.version === view.document.version && view.keyTerms.version === view.document.version));
    if (matches(this.state)) return Promise.resolve(this.state);
    return new Promise((resolve) => {
      const subscription = this.onDidChange((view) => {
        if (!matches(view)) return;
        subscription.dispose();
        resolve(view);
      });
      void this.refresh();
    });
  }

  dispose(): void {
    clearTimeout(this.editTimer);
    for (const d of this.disposables) d.dispose();
  }

  private get current(): vscode.TextDocument | undefined {
    return this.state.status === 'none' ? undefined : this.state.document;
  }

  private async ask(document: vscode.TextDocument): Promise<DraftView> {
    if (!this.session.isRunning()) return { status: 'unreviewed', document, reason: 'The Contract Review server is not running.' };
    try {
      // Both answers describe the same review: the server reviews each version once.
      const [checklist, keyTerms] = await Promise.all([
        this.session.request(ChecklistRequest.type, document.uri, {}),
        this.session.request(KeyTermsRequest.type, document.uri, {}),
      ]);
      if (checklist === null || keyTerms === null) {
        return { status: 'unreviewed', document, reason: 'This document is not reviewed: it may be switched off by "contractReview.enable", or too large.' };
      }
      return { status: 'reviewed', document, checklist, keyTerms };
    } catch (error) {
      return { status: 'unreviewed', document, reason: `Could not ask the server: ${error instanceof Error ? error.message : String(error)}` };
    }
  }
}
