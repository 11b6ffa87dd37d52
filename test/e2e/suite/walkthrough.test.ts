import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, activateExtension, hasRule, lacksRule, waitForDiagnostics, workspaceFile } from './helpers';

// Fix all, and the walkthrough's first step: the sample draft.

const INVISIBLE = 'drafting/invisible-characters';

describe('fix all and the walkthrough', () => {
  it('applies every safe fix in one step that a single undo takes back', async () => {
    await activateExtension();
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(workspaceFile('fix-all/support-terms.md')));
    const { document } = editor;
    const before = document.getText();
    const found = await waitForDiagnostics(document.uri, hasRule(INVISIBLE), 'the invisible-character findings');
    assert.equal(found.filter((d) => String(typeof d.code === 'object' ? d.code.value : d.code) === INVISIBLE).length, 2);

    const cleared = waitForDiagnostics(document.uri, lacksRule(INVISIBLE), 'the findings to go');
    assert.equal(await vscode.commands.executeCommand<boolean>('contractReview.fixAll'), true);
    await cleared;
    assert.equal(document.getText(), before.replace(/[\u00AD\u200B]/g, ''));

    await vscode.commands.executeCommand('undo');
    assert.equal(document.getText(), before, 'one undo restores the draft');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('opens the sample draft as an untitled document that gets reviewed', async () => {
    await activateExtension();
    const document = await vscode.commands.executeCommand<vscode.TextDocument>('contractReview.openSample');
    assert.ok(document);
    assert.equal(document.uri.scheme, 'untitled');
    assert.equal(document.languageId, 'markdown');
    assert.match(document.getText(), /^# Master Subscription Agreement/);
    await waitForDiagnostics(document.uri, hasRule('renewal/long-renewal-term'), 'the sample\'s renewal finding');
    // Closed without a save prompt: the untitled sample is discarded.
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('contributes a walkthrough that opens', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    const walkthroughs = (extension?.packageJSON as { contributes?: { walkthroughs?: { id: string }[] } }).contributes?.walkthroughs ?? [];
    assert.deepEqual(walkthroughs.map((w) => w.id), ['contractReview.gettingStarted']);
    await vscode.commands.executeCommand('workbench.action.openWalkthrough', `${EXTENSION_ID}#contractReview.gettingStarted`, false);
  });
});
