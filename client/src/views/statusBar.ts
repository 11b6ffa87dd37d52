import * as vscode from 'vscode';
import type { ActiveDraft, DraftView } from './activeDraft';
import { describeOpenItems } from './checklistGroups';

// The status bar item for the active draft: how many items need work and the
// next non-renewal deadline; a click opens the checklist view.

export const CHECKLIST_VIEW_ID = 'contractReview.checklist';

export class ReviewStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('contractReview.status', vscode.StatusBarAlignment.Left, 50);
  private readonly subscription: vscode.Disposable;

  constructor(draft: ActiveDraft) {
    this.item.name = 'Contract Review';
    this.item.command = { command: `${CHECKLIST_VIEW_ID}.focus`, title: 'Show the checklist' };
    this.subscription = draft.onDidChange((view) => this.show(view));
    this.show(draft.view);
  }

  private show(view: DraftView): void {
    if (view.status !== 'reviewed') {
      this.item.hide();
      return;
    }
    const { checklist } = view;
    const parts = [describeOpenItems(checklist)];
    const deadline = checklist.upcomingDeadline;
    if (deadline && !deadline.passed) parts.push(`notice by ${deadline.label}`);
    this.item.text = `$(checklist) ${parts.join(' · ')}`;
    const tooltip = new vscode.MarkdownString(undefined, true);
    tooltip.appendText(`Contract Review: ${checklist.families.map((f) => `${f.label} ${f.counts}`).join('; ')}`);
    if (deadline) tooltip.appendText(`\n\n${deadline.description}${deadline.passed ? ' (past)' : ''}`);
    tooltip.appendText('\n\nClick to open the checklist.');
    this.item.tooltip = tooltip;
    this.item.show();
  }

  dispose(): void {
    this.subscription.dispose();
    this.item.dispose();
  }
}
