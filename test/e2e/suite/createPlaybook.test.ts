import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { PLAYBOOK_NAME, activateExtension, workspaceFile } from './helpers';

describe('create playbook', () => {
  it('writes a commented playbook with the defaults, and opens an existing one instead of overwriting it', async () => {
    await activateExtension();
    // A folder of the fixture workspace without a playbook (the root has one the other suites use).
    const folder = workspaceFile('fix-all');
    const created = await vscode.commands.executeCommand<vscode.Uri | undefined>('contractReview.createPlaybook', folder);
    assert.equal(created?.toString(), vscode.Uri.joinPath(folder, PLAYBOOK_NAME).toString());
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(created));
    assert.match(text, /^\/\/ Contract Review playbook/);
    // The template's comments are whole lines (jsonc-parser's bundle does not load in the extension host).
    const value = JSON.parse(text.split('\n').filter((line) => !line.trim().startsWith('//')).join('\n')) as { renewal: { maxNoticeDays: number } };
    assert.equal(value.renewal.maxNoticeDays, 90);
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), created.toString());

    const root = workspaceFile(PLAYBOOK_NAME);
    const before = new TextDecoder().decode(await vscode.workspace.fs.readFile(root));
    const existing = await vscode.commands.executeCommand<vscode.Uri | undefined>('contractReview.createPlaybook', vscode.Uri.joinPath(root, '..'));
    assert.equal(existing?.toString(), root.toString());
    assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(root)), before, 'left as it was');
  });
});
