import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, activateExtension, openDraft } from './helpers';

describe('activation', () => {
  it('activates on a Markdown draft and its server starts', async () => {
    const editor = await openDraft();
    assert.equal(editor.document.languageId, 'markdown');
    const api = await activateExtension();
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension?.isActive, 'the extension should be active');
    assert.equal(typeof api.checklist, 'function');
  });

  it('registers the commands it contributes', async () => {
    await activateExtension();
    const commands = await vscode.commands.getCommands(true);
    for (const id of ['contractReview.showChecklist', 'contractReview.restartServer', 'contractReview.reviewWordPdf', 'contractReview.compareWithPrevious', 'contractReview.copySuggestion']) {
      assert.ok(commands.includes(id), `${id} should be registered`);
    }
  });
});
