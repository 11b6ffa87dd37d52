import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ContractReviewApi } from '../../../client/src/extension';
import type { ChecklistNode } from '../../../client/src/views/checklistTree';
import { PLAYBOOK_NAME, activateExtension, openDraft, rangeOfText, workspaceFile } from './helpers';

// The "Checklist" view in the "Contract Review" container, read through its tree
// provider as the workbench reads it.

async function children(api: ContractReviewApi, node?: ChecklistNode): Promise<ChecklistNode[]> {
  return (await api.views.checklist.getChildren(node)) ?? [];
}

async function treeItem(api: ContractReviewApi, node: ChecklistNode): Promise<vscode.TreeItem> {
  return api.views.checklist.getTreeItem(node);
}

async function findByLabel(api: ContractReviewApi, nodes: ChecklistNode[], label: string): Promise<ChecklistNode> {
  for (const node of nodes) if ((await treeItem(api, node)).label === label) return node;
  const labels = await Promise.all(nodes.map(async (n) => String((await treeItem(api, n)).label)));
  throw new Error(`no "${label}" among ${labels.join(', ')}`);
}

describe('checklist view', () => {
  it('opens in its own container and lists families, items with their state, and findings', async () => {
    const api = await activateExtension();
    await vscode.commands.executeCommand('contractReview.checklist.focus');
    const { document } = await openDraft();
    const view = await api.views.whenShowing(document.uri);
    assert.equal(view.status, 'reviewed');

    const families = await children(api);
    const labels = await Promise.all(families.map(async (f) => (await treeItem(api, f)).label));
    assert.deepEqual(labels.filter((l) => l === 'SLA' || l === 'Renewal'), ['SLA', 'Renewal'], 'families in the reviewer\'s order');
    const renewal = await findByLabel(api, families, 'Renewal');
    const renewalItem = await treeItem(api, renewal);
    assert.match(String(renewalItem.description), /weak/);
    assert.equal((renewalItem.iconPath as vscode.ThemeIcon).id, 'warning');

    const items = await children(api, renewal);
    const term = items.find((n) => n.kind === 'item' && n.item.ruleIds.includes('renewal/long-renewal-term'));
    assert.ok(term, 'an item for the renewal term');
    const termItem = await treeItem(api, term);
    assert.match(String(termItem.description), /^Weak · 1 finding$/);
    assert.equal(termItem.collapsibleState, vscode.TreeItemCollapsibleState.Collapsed);

    const [finding] = await children(api, term);
    assert.ok(finding && finding.kind === 'finding');
    const findingItem = await treeItem(api, finding);
    assert.equal(findingItem.description, 'renewal/long-renewal-term');
    assert.equal(findingItem.command?.command, 'vscode.open');
  });

  it('reveals the clause when an item is clicked', async () => {
    const api = await activateExtension();
    const { document } = await openDraft();
    await api.views.whenShowing(document.uri);
    const renewal = await findByLabel(api, await children(api), 'Renewal');
    const notice = (await children(api, renewal)).find((n) => n.kind === 'item' && n.item.ruleIds.includes('renewal/long-notice-period'));
    assert.ok(notice && notice.kind === 'item');
    const [finding] = await children(api, notice);
    const command = (await treeItem(api, finding)).command;
    assert.ok(command);
    // Move the cursor away first, so the selection can only come from the click.
    const editor = await vscode.window.showTextDocument(document, { selection: new vscode.Range(0, 0, 0, 0) });
    await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
    const active = vscode.window.activeTextEditor;
    assert.equal(active?.document.uri.toString(), editor.document.uri.toString());
    assert.ok(active.selection.isEqual(rangeOfText(document, 'one hundred eighty (180) days')), `selection ${JSON.stringify(active.selection)}`);
  });

  it('follows the active editor and empties for a file that is not a draft', async () => {
    const api = await activateExtension();
    const playbook = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(workspaceFile(PLAYBOOK_NAME)));
    await waitForView(api, () => api.views.checklist.getChildren(), (nodes) => (nodes ?? []).length === 0, `an empty view for ${playbook.document.fileName}`);
    const { document } = await openDraft();
    await api.views.whenShowing(document.uri);
    assert.ok((await children(api)).length > 0);
  });

  it('updates as the draft changes', async () => {
    const api = await activateExtension();
    const editor = await openDraft();
    const { document } = editor;
    await api.views.whenShowing(document.uri);
    const edited = await editor.edit((edit) => edit.replace(rangeOfText(document, 'three (3) years'), 'one (1) year'));
    assert.ok(edited);
    const view = await api.views.whenShowing(document.uri);
    assert.equal(view.status === 'reviewed' && view.checklist.version, document.version);
    const renewal = await findByLabel(api, await children(api), 'Renewal');
    const term = (await children(api, renewal)).find((n) => n.kind === 'item' && n.item.ruleIds.includes('renewal/long-renewal-term'));
    assert.ok(term && term.kind === 'item');
    assert.equal(term.item.findings.length, 0, 'a one-year renewal is within the playbook');
    assert.equal((await children(api, term)).length, 0);

    // Put the words back for the suites that follow (a revert alone left the edit in place here).
    assert.ok(await editor.edit((edit) => edit.replace(rangeOfText(document, 'one (1) year each'), 'three (3) years each')));
    await vscode.commands.executeCommand('workbench.action.files.revert');
    const restored = await api.views.whenShowing(document.uri);
    assert.ok(restored.status === 'reviewed' && restored.checklist.items.some((i) => i.findings.some((f) => f.ruleId === 'renewal/long-renewal-term')));
  });
});

/** Waits for the view to satisfy `accept`, re-reading it on each of the tree's change events. */
function waitForView<T>(api: ContractReviewApi, read: () => vscode.ProviderResult<T>, accept: (value: T | null | undefined) => boolean, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const event = api.views.checklist.onDidChangeTreeData;
    if (!event) return reject(new Error('the checklist tree has no change event'));
    let done = false;
    const check = async () => {
      if (done || !accept(await read())) return;
      done = true;
      subscription.dispose();
      clearTimeout(timer);
      resolve();
    };
    const subscription = event(() => void check());
    const timer = setTimeout(() => { subscription.dispose(); reject(new Error(`Timed out waiting for ${what}`)); }, 60_000);
    void check();
  });
}
