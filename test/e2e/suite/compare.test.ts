import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as vscode from 'vscode';
import type { CompareDraftsResult } from '../../../server/src/protocol';
import { activateExtension, waitUntil, workspaceFile } from './helpers';
import { VENDOR_DRAFT, turnWith } from './turns';

// "Compare with Previous Draft" in a real VS Code: against a file and against the
// previous git revision; the new finding is marked in the editor and the page opens.

async function write(uri: vscode.Uri, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
}

describe('compare with the previous draft', () => {
  it('compares the open draft with an earlier file, marks the new finding and names the worse move first', async () => {
    const api = await activateExtension();
    // A folder of their own, so the turns are not sibling drafts of the fixture the other suites review.
    const folder = workspaceFile('turns');
    await vscode.workspace.fs.createDirectory(folder);
    const earlier = vscode.Uri.joinPath(folder, 'turn-1.md');
    const current = vscode.Uri.joinPath(folder, 'turn-2.md');
    // The earlier turn had a 12-month renewal, within the playbook; the current one renews for three years.
    await write(earlier, turnWith('twelve (12) months'));
    await write(current, VENDOR_DRAFT);
    const editor = await vscode.window.showTextDocument(current);

    const result = await vscode.commands.executeCommand<CompareDraftsResult>('contractReview.compareWithPrevious', current, earlier);
    assert.ok(result?.ok, result && !result.ok ? result.message : 'no answer');
    assert.equal(result.oldName, 'turn-1.md');
    assert.deepEqual(result.moves[0], { label: result.moves[0].label, change: '12 months → 36 months', effect: 'worse' });
    assert.deepEqual(result.introduced.map((f) => f.ruleId), ['renewal/long-renewal-term']);
    const marked = api.markedNew(editor.document.uri);
    assert.equal(marked.length, 1);
    assert.equal(editor.document.getText(marked[0]), 'three (3) years');
    const page = await vscode.workspace.openTextDocument(vscode.Uri.from({ scheme: 'contract-review-compare', path: '/What changed in turn-2.md.md' }));
    assert.match(page.getText(), /^# What changed: turn-1\.md → turn-2\.md\n/);
    // The Markdown preview of the page opens beside the draft.
    await waitUntil(() => vscode.window.tabGroups.all.some((g) => g.tabs.some((t) => t.label.includes('What changed in turn-2.md'))),
      () => `the comparison page in a tab; tabs: ${vscode.window.tabGroups.all.flatMap((g) => g.tabs.map((t) => t.label)).join(', ')}`);
  });

  it('fetches the previous git revision of the draft and compares with it', async () => {
    await activateExtension();
    const folder = workspaceFile('deal');
    await vscode.workspace.fs.createDirectory(folder);
    const draft = vscode.Uri.joinPath(folder, 'msa.md');
    await write(draft, VENDOR_DRAFT);
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=E2E', '-c', 'user.email=e2e@example.invalid', ...args], { cwd: folder.fsPath });
    git('init', '-q');
    git('add', 'msa.md');
    git('commit', '-q', '-m', 'first turn');
    await write(draft, turnWith('five (5) years'));
    await vscode.window.showTextDocument(draft);

    const result = await vscode.commands.executeCommand<CompareDraftsResult>('contractReview.compareWithPrevious', draft, 'git');
    assert.ok(result?.ok, result && !result.ok ? result.message : 'no answer');
    assert.equal(result.oldName, 'msa.md at HEAD');
    assert.equal(result.moves[0]?.change, '36 months → 60 months');
    assert.equal(result.moves[0]?.effect, 'worse');
  });
});
