import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { activateExtension, workspaceFile } from './helpers';
import { openSavedDraft } from './savedDraft';

// "Export Review Memo" in the editor: the Markdown memo matches a golden file
// (the CLI's memo of the same draft and playbook), and Word comes out as a .docx.

// The compiled suites sit in .vscode-test/e2e-suites: the golden files are two levels up.
const GOLDEN = path.join(__dirname, '..', '..', 'test', 'e2e', 'golden', 'renewal-msa.review.md');

describe('review memo', () => {
  it('writes the Markdown memo of the draft, as the golden file has it', async () => {
    await activateExtension();
    const { document } = await openSavedDraft();
    const target = workspaceFile('exports/renewal-msa.review.md');
    const saved = await vscode.commands.executeCommand<vscode.Uri | undefined>('contractReview.exportMemo', document.uri, 'markdown', target);
    assert.equal(saved?.toString(), target.toString());
    const memo = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
    assert.equal(memo, fs.readFileSync(GOLDEN, 'utf8'));
  });

  it('writes the Word memo as a .docx (a zip)', async () => {
    await activateExtension();
    const { document } = await openSavedDraft();
    const target = workspaceFile('exports/renewal-msa.review.docx');
    await vscode.commands.executeCommand('contractReview.exportMemo', document.uri, 'docx', target);
    const bytes = await vscode.workspace.fs.readFile(target);
    assert.equal(new TextDecoder('latin1').decode(bytes.subarray(0, 4)), 'PK\u0003\u0004');
  });
});
