import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Opened } from '../../../client/src/renderings';
import { blocksFromMarkdown, makeDocx, makePdf } from '../../unit/convert/makeFiles';
import { activateExtension, hasRule, ruleIdOf, waitForDiagnostics, waitUntil, workspaceFile } from './helpers';
import { VENDOR_DRAFT } from './turns';

// Word and PDF drafts in a real VS Code: opening a .docx shows its read-only rendering
// with the findings on it; the command does the same for a PDF; a damaged file gets
// one message. The files are made here from a made-up draft, never downloaded.

const RENDERING_SCHEME = 'contract-review-rendering';

function renderingOf(file: vscode.Uri): vscode.Uri {
  return file.with({ scheme: RENDERING_SCHEME, path: `${file.path}.md` });
}

describe('Word and PDF drafts', () => {
  it('opening a .docx shows its read-only rendering with diagnostics naming the section', async () => {
    await activateExtension();
    const file = workspaceFile('vendor-msa.docx');
    await vscode.workspace.fs.writeFile(file, await makeDocx(blocksFromMarkdown(VENDOR_DRAFT)));
    const rendering = renderingOf(file);

    await vscode.commands.executeCommand('vscode.open', file);
    await waitUntil(() => vscode.workspace.textDocuments.some((d) => d.uri.toString() === rendering.toString()), () => 'the rendering of vendor-msa.docx to open');
    const diagnostics = await waitForDiagnostics(rendering, hasRule('renewal/long-renewal-term'), 'the renewal finding on the rendering');
    const term = diagnostics.find((d) => ruleIdOf(d) === 'renewal/long-renewal-term');
    assert.ok(term);
    assert.match(term.message, /\(2\.? Term and Renewal\)$/);
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === rendering.toString());
    assert.equal(document?.languageId, 'markdown');

    // Read-only: the quick fixes copy the wording instead of editing.
    const mismatch = diagnostics.find((d) => ruleIdOf(d) === 'drafting/number-mismatch');
    assert.ok(mismatch, 'the draft has a words-and-digits mismatch');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', rendering, mismatch.range, vscode.CodeActionKind.QuickFix.value);
    const ours = actions.filter((a) => a.title.startsWith('Copy suggested wording') || a.edit);
    assert.ok(ours.length > 0, actions.map((a) => a.title).join(' | '));
    for (const action of ours) {
      assert.equal(action.edit, undefined, `${action.title} must not edit the rendering`);
      assert.equal(action.command?.command, 'contractReview.copySuggestion');
    }
    const checklist = await (await activateExtension()).checklist(rendering);
    assert.ok(checklist && checklist.items.length > 0, 'the checklist works on the rendering');
  });

  it('"Review Word/PDF Draft" renders a PDF with its pages named, and explains a damaged file', async () => {
    await activateExtension();
    const file = workspaceFile('vendor-msa.pdf');
    await vscode.workspace.fs.writeFile(file, await makePdf(VENDOR_DRAFT, { pageSize: [300, 420], footer: 'Page {page} of {pages}' }));
    const opened = await vscode.commands.executeCommand<Opened>('contractReview.reviewWordPdf', file);
    assert.ok(opened?.ok, opened && !opened.ok ? opened.message : 'no answer');
    const rendering = opened.editor.document.uri;
    assert.equal(rendering.toString(), renderingOf(file).toString());
    assert.doesNotMatch(opened.editor.document.getText(), /Page \d+ of \d+/);
    const diagnostics = await waitForDiagnostics(rendering, hasRule('renewal/long-notice-period'), 'the notice finding on the PDF rendering');
    assert.ok(diagnostics.every((d) => /\(page \d+\)$/.test(d.message)), diagnostics.map((d) => d.message).join('\n'));

    const broken = workspaceFile('broken.docx');
    await vscode.workspace.fs.writeFile(broken, new TextEncoder().encode('not a Word file'));
    const refused = await vscode.commands.executeCommand<Opened>('contractReview.reviewWordPdf', broken);
    assert.equal(refused?.ok, false);
    assert.match(refused && !refused.ok ? refused.message : '', /^Cannot review broken\.docx: the file is not a readable Word/);
  });
});
