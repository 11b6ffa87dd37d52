import * as vscode from 'vscode';
import type { ChecklistFinding, ChecklistState, ProtocolChecklistItem, Severity } from '../../../server/src/protocol';
import { toRange } from '../documents';
import type { ActiveDraft } from './activeDraft';
import { describeItemState, groupByFamily, type FamilyGroup } from './checklistGroups';

// The "Checklist" view: families → items with their state → the findings under
// each. Everything shown comes from the server's checklist request, the one the
// quick pick uses too.

export type ChecklistNode =
  | { readonly kind: 'family'; readonly group: FamilyGroup }
  | { readonly kind: 'item'; readonly item: ProtocolChecklistItem }
  | { readonly kind: 'finding'; readonly item: ProtocolChecklistItem; readonly finding: ChecklistFinding; readonly index: number };

const STATE_ICONS: Readonly<Record<ChecklistState, vscode.ThemeIcon>> = {
  met: new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed')),
  weak: new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground')),
  missing: new vscode.ThemeIcon('error', new vscode.ThemeColor('list.errorForeground')),
  'not-applicable': new vscode.ThemeIcon('circle-slash', new vscode.ThemeColor('disabledForeground')),
  found: new vscode.ThemeIcon('info'),
  'not-found': new vscode.ThemeIcon('circle-outline', new vscode.ThemeColor('disabledForeground')),
};

const SEVERITY_ICONS: Readonly<Record<Severity, vscode.ThemeIcon>> = {
  error: new vscode.ThemeIcon('error', new vscode.ThemeColor('list.errorForeground')),
  warning: new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground')),
  information: new vscode.ThemeIcon('info'),
  hint: new vscode.ThemeIcon('lightbulb'),
};

export class ChecklistTree implements vscode.TreeDataProvider<ChecklistNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly subscription: vscode.Disposable;
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly draft: ActiveDraft) {
    this.subscription = draft.onDidChange(() => this.changed.fire());
  }

  getChildren(node?: ChecklistNode): ChecklistNode[] {
    const view = this.draft.view;
    if (view.status !== 'reviewed') return [];
    if (!node) return groupByFamily(view.checklist).map((group) => ({ kind: 'family', group }));
    if (node.kind === 'family') return node.group.items.map((item) => ({ kind: 'item', item }));
    if (node.kind === 'item') return node.item.findings.map((finding, index) => ({ kind: 'finding', item: node.item, finding, index }));
    return [];
  }

  getTreeItem(node: ChecklistNode): vscode.TreeItem {
    const uri = this.draft.view.status === 'none' ? undefined : this.draft.view.document.uri;
    switch (node.kind) {
      case 'family': {
        const item = new vscode.TreeItem(node.group.label, vscode.TreeItemCollapsibleState.Expanded);
        item.id = `family:${node.group.family}`;
        item.description = node.group.counts;
        item.iconPath = STATE_ICONS[node.group.worst];
        item.contextValue = 'family';
        return item;
      }
      case 'item': {
        const { item: entry } = node;
        const item = new vscode.TreeItem(entry.title, entry.findings.length > 0 ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
        item.id = `item:${entry.id}`;
        item.description = describeItemState(entry);
        // The item's test says what its state means, so "met" is never read as merely "found".
        item.tooltip = new vscode.MarkdownString().appendText(`${entry.title}: ${describeItemState(entry)}\n\n${entry.detail}${entry.test ? `\n\n${entry.test}` : ''}`);
        item.iconPath = STATE_ICONS[entry.state];
        item.contextValue = `item.${entry.state}`;
        if (uri && entry.range) item.command = reveal(uri, entry.range, entry.title);
        return item;
      }
      case 'finding': {
        const { finding } = node;
        const item = new vscode.TreeItem(finding.message, vscode.TreeItemCollapsibleState.None);
        item.id = `finding:${node.item.id}:${node.index}`;
        item.description = finding.ruleId;
        item.tooltip = finding.message;
        item.iconPath = SEVERITY_ICONS[finding.severity];
        item.contextValue = 'finding';
        if (uri) item.command = reveal(uri, finding.range, finding.message);
        return item;
      }
    }
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}

/** Opens the draft with the clause selected; `vscode.open` brings an already open editor forward. */
export function reveal(uri: vscode.Uri, range: Parameters<typeof toRange>[0], title: string): vscode.Command {
  const options: vscode.TextDocumentShowOptions = { selection: toRange(range), preserveFocus: false };
  return { command: 'vscode.open', title: `Show ${title}`, arguments: [uri, options] };
}
