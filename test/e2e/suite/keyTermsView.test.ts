import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ContractReviewApi } from '../../../client/src/extension';
import type { KeyTermNode } from '../../../client/src/views/keyTermsTree';
import { activateExtension } from './helpers';
import { openSavedDraft } from './savedDraft';

// The "Key Terms" view beside the checklist, read through its tree provider.

async function labelled(api: ContractReviewApi, nodes: readonly KeyTermNode[]): Promise<Map<string, { node: KeyTermNode; item: vscode.TreeItem }>> {
  const byLabel = new Map<string, { node: KeyTermNode; item: vscode.TreeItem }>();
  for (const node of nodes) {
    const item = await api.views.keyTerms.getTreeItem(node);
    byLabel.set(String(item.label), { node, item });
  }
  return byLabel;
}

describe('key terms view', () => {
  it('shows the dates and the renewal terms, each linked to its clause', async () => {
    const api = await activateExtension();
    await vscode.commands.executeCommand('contractReview.keyTerms.focus');
    const { document } = await openSavedDraft();
    await api.views.whenShowing(document.uri);

    const groups = await labelled(api, (await api.views.keyTerms.getChildren()) ?? []);
    assert.ok(groups.has('Dates') && groups.has('Renewal'), [...groups.keys()].join(', '));
    const dates = await labelled(api, (await api.views.keyTerms.getChildren(groups.get('Dates')?.node)) ?? []);
    assert.equal(dates.get('Effective date')?.item.description, '15 Jan 2026');
    assert.equal(dates.get('End of initial term')?.item.description, '14 Jan 2027');
    const notice = dates.get('Last day to give notice of non-renewal');
    assert.ok(notice, [...dates.keys()].join(', '));
    // 180 days before 14 January 2027.
    assert.equal(notice.item.description, '18 Jul 2026');
    assert.equal(notice.item.command?.command, 'vscode.open');

    const renewal = await labelled(api, (await api.views.keyTerms.getChildren(groups.get('Renewal')?.node)) ?? []);
    assert.equal(renewal.get('Renewal term')?.item.description, '3 years');
    assert.equal(renewal.get('Non-renewal notice')?.item.description, '180 days');
    const command = renewal.get('Non-renewal notice')?.item.command;
    assert.ok(command);
    await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
    const selected = vscode.window.activeTextEditor?.document.getText(vscode.window.activeTextEditor.selection) ?? '';
    assert.match(selected, /one hundred eighty \(180\) days/);
  });
});
