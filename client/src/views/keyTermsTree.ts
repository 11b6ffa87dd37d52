import * as vscode from 'vscode';
import type { ProtocolKeyTermRow } from '../../../server/src/protocol';
import type { ActiveDraft } from './activeDraft';
import { reveal } from './checklistTree';
import { groupKeyTerms, type KeyTermGroupNode } from './keyTermGroups';

// The "Key Terms" view: dates, renewal, service levels, data protection, exit
// and commercial figures as the server reads them, each linked to its clause.
// A value worked out from others, or read with doubt, says so.

export type KeyTermNode =
  | { readonly kind: 'group'; readonly group: KeyTermGroupNode }
  | { readonly kind: 'row'; readonly row: ProtocolKeyTermRow; readonly index: number };

const CONFIDENCE_ICONS: Readonly<Record<ProtocolKeyTermRow['confidence'], vscode.ThemeIcon>> = {
  read: new vscode.ThemeIcon('symbol-field'),
  derived: new vscode.ThemeIcon('symbol-operator'),
  low: new vscode.ThemeIcon('question', new vscode.ThemeColor('list.warningForeground')),
};

const GROUP_ICONS: Readonly<Record<string, string>> = {
  Dates: 'calendar',
  Renewal: 'sync',
  'Service levels': 'pulse',
  'Data protection': 'shield',
  Exit: 'sign-out',
  Commercial: 'credit-card',
};

export class KeyTermsTree implements vscode.TreeDataProvider<KeyTermNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly subscription: vscode.Disposable;
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly draft: ActiveDraft) {
    this.subscription = draft.onDidChange(() => this.changed.fire());
  }

  getChildren(node?: KeyTermNode): KeyTermNode[] {
    const view = this.draft.view;
    if (view.status !== 'reviewed') return [];
    if (!node) return groupKeyTerms(view.keyTerms.rows).map((group) => ({ kind: 'group', group }));
    if (node.kind === 'group') return node.group.rows.map(({ row, index }) => ({ kind: 'row', row, index }));
    return [];
  }

  getTreeItem(node: KeyTermNode): vscode.TreeItem {
    if (node.kind === 'group') {
      const item = new vscode.TreeItem(node.group.group, vscode.TreeItemCollapsibleState.Expanded);
      item.id = `group:${node.group.group}`;
      item.iconPath = new vscode.ThemeIcon(GROUP_ICONS[node.group.group] ?? 'list-flat');
      return item;
    }
    const { row } = node;
    const item = new vscode.TreeItem(row.label, vscode.TreeItemCollapsibleState.None);
    item.id = `row:${row.group}:${node.index}`;
    item.description = row.value;
    item.iconPath = CONFIDENCE_ICONS[row.confidence];
    const tooltip = new vscode.MarkdownString();
    tooltip.appendText(`${row.label}: ${row.value}`);
    if (row.confidence === 'derived') tooltip.appendText('\n\nWorked out from other terms');
    if (row.confidence === 'low') tooltip.appendText('\n\nRead with low confidence: check the clause');
    if (row.note) tooltip.appendText(` (${row.note})`);
    if (!row.range) tooltip.appendText('\n\nNo clause in the draft states it');
    item.tooltip = tooltip;
    item.contextValue = `keyTerm.${row.confidence}`;
    const uri = this.draft.view.status === 'none' ? undefined : this.draft.view.document.uri;
    if (uri && row.range) item.command = reveal(uri, row.range, row.label);
    return item;
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
