import * as vscode from 'vscode';
import type { ChecklistResult } from '../../server/src/protocol';
import { registerCommands } from './commands';
import { CompareReports } from './compareReports';
import { NewFindingMarks } from './newFindings';
import { Renderings } from './renderings';
import { Session } from './session';
import { WordPdfEditor } from './wordPdfEditor';
import type { DraftView } from './views/activeDraft';
import type { ChecklistNode } from './views/checklistTree';
import type { KeyTermNode } from './views/keyTermsTree';
import { registerViews } from './views';

/** What activate() returns, for end-to-end tests and other extensions. */
export interface ContractReviewApi {
  /** Settles when the language client has started (rejects if the server failed to start). */
  readonly ready: Promise<void>;
  /** The checklist the server computes for a document, once the server is up; null when it does not review it. */
  checklist(uri: vscode.Uri | string): Promise<ChecklistResult | null>;
  /** The "Contract Review" views, as their tree providers see them. */
  readonly views: {
    /** Resolves once the views show the document at its current version. */
    whenShowing(uri: vscode.Uri): Promise<DraftView>;
    readonly checklist: vscode.TreeDataProvider<ChecklistNode>;
    readonly keyTerms: vscode.TreeDataProvider<KeyTermNode>;
  };
  /** The ranges "Compare with Previous Draft" marked as new findings in a document. */
  markedNew(uri: vscode.Uri): readonly vscode.Range[];
}

let session: Session | undefined;

export function activate(context: vscode.ExtensionContext): ContractReviewApi {
  const output = vscode.window.createOutputChannel('Contract Review');
  const current = new Session(context, output);
  session = current;
  // Started before the views, so they wait on this start (not on the placeholder of a session not yet started).
  void current.start();
  const views = registerViews(current);
  const features = { renderings: new Renderings(current), compareReports: new CompareReports(), newFindings: new NewFindingMarks() };
  context.subscriptions.push(current, output, ...views.disposables, features.renderings, features.compareReports, features.newFindings,
    WordPdfEditor.register(features.renderings), ...registerCommands(current, features));
  return {
    get ready() { return current.ready; },
    checklist: async (uri) => {
      await current.ready;
      return current.checklist(typeof uri === 'string' ? vscode.Uri.parse(uri) : uri);
    },
    views: { whenShowing: (uri) => views.draft.whenShowing(uri), checklist: views.checklist, keyTerms: views.keyTerms },
    markedNew: (uri) => features.newFindings.marked(uri),
  };
}

export function deactivate(): Promise<void> | undefined {
  return session?.stop();
}
