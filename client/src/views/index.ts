import * as vscode from 'vscode';
import type { Session } from '../session';
import { ActiveDraft } from './activeDraft';
import { openItemCount } from './checklistGroups';
import { ChecklistTree } from './checklistTree';
import { KeyTermsTree } from './keyTermsTree';
import { CHECKLIST_VIEW_ID, ReviewStatusBar } from './statusBar';

export const KEY_TERMS_VIEW_ID = 'contractReview.keyTerms';

// The "Contract Review" activity-bar container: its views and the status bar
// item, all fed by one ActiveDraft (one request per refresh).

export interface ReviewViews {
  readonly draft: ActiveDraft;
  readonly checklist: ChecklistTree;
  readonly keyTerms: KeyTermsTree;
  readonly disposables: readonly vscode.Disposable[];
}

export function registerViews(session: Session): ReviewViews {
  const draft = new ActiveDraft(session);
  const checklist = new ChecklistTree(draft);
  const checklistView = vscode.window.createTreeView(CHECKLIST_VIEW_ID, { treeDataProvider: checklist, showCollapseAll: true });
  const describeView = () => {
    const view = draft.view;
    checklistView.description = view.status === 'none' ? undefined : vscode.workspace.asRelativePath(view.document.uri);
    // Empty views show the welcome content from package.json; a draft the server skips says why.
    checklistView.message = view.status === 'unreviewed' ? view.reason : undefined;
    const open = view.status === 'reviewed' ? openItemCount(view.checklist) : 0;
    checklistView.badge = open > 0 ? { value: open, tooltip: `${open} checklist item${open === 1 ? '' : 's'} missing or weak` } : undefined;
  };
  const keyTerms = new KeyTermsTree(draft);
  const keyTermsView = vscode.window.createTreeView(KEY_TERMS_VIEW_ID, { treeDataProvider: keyTerms, showCollapseAll: true });
  const describeKeyTerms = () => {
    const view = draft.view;
    keyTermsView.description = checklistView.description;
    keyTermsView.message = view.status === 'unreviewed' ? view.reason : view.status === 'reviewed' && view.keyTerms.rows.length === 0 ? 'No key terms found in this draft.' : undefined;
  };
  const subscriptions = [draft.onDidChange(describeView), draft.onDidChange(describeKeyTerms)];
  describeView();
  describeKeyTerms();
  return {
    draft,
    checklist,
    keyTerms,
    disposables: [draft, checklist, checklistView, keyTerms, keyTermsView, ...subscriptions, new ReviewStatusBar(draft)],
  };
}
