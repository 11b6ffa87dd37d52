import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, describeRange, hasRule, lacksRule, openDraft, rangeOfText, ruleIdOf, waitForDiagnostics } from './helpers';

const RULE = 'renewal/long-notice-period';

describe('quick fix', () => {
  after(async () => {
    // Leave the draft as it is on disk for the suites that follow.
    await openDraft();
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('rewrites the notice period in the buffer and the finding goes away', async () => {
    await activateExtension();
    const { document } = await openDraft();
    const before = document.getText();
    const diagnostics = await waitForDiagnostics(document.uri, hasRule(RULE), 'the notice finding');
    const notice = diagnostics.find((d) => ruleIdOf(d) === RULE);
    assert.ok(notice);

    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider', document.uri, notice.range, vscode.CodeActionKind.QuickFix.value);
    // The rule's own fix replaces exactly the flagged phrase; the "disable" actions edit elsewhere.
    // (Actions returned by this command carry no diagnostics, so the edit is what identifies the fix.)
    const fix = actions.find((action) => replacesExactly(action, document.uri, notice.range));
    assert.ok(fix?.edit, `a fix for ${RULE} at ${describeRange(notice.range)} among: ${actions.map(describeAction).join(' | ')}`);

    const cleared = waitForDiagnostics(document.uri, lacksRule(RULE), 'the notice finding to disappear');
    assert.equal(await vscode.workspace.applyEdit(fix.edit), true, 'the edit should apply');
    const after = await cleared;

    const phrase = 'one hundred eighty (180) days';
    const at = before.indexOf(phrase);
    assert.equal(document.getText(), `${before.slice(0, at)}sixty (60) days${before.slice(at + phrase.length)}`);
    assert.ok(hasRule('renewal/long-renewal-term')(after), 'the renewal-term finding stays');
    assert.equal(rangeOfText(document, 'sixty (60) days').start.line, notice.range.start.line);
  });
});

function replacesExactly(action: vscode.CodeAction, uri: vscode.Uri, range: vscode.Range): boolean {
  // entries() rather than get(uri): the edit's URI object is not the document's, and get() matched none here.
  const edits = action.edit?.entries().filter(([target]) => target.toString() === uri.toString()).flatMap(([, list]) => list) ?? [];
  return edits.length === 1 && edits[0].range.isEqual(range);
}

function describeAction(action: vscode.CodeAction): string {
  const edits = action.edit?.entries().flatMap(([uri, list]) => list.map((e) => `${uri.toString()}@${describeRange(e.range)}`)) ?? [];
  return `${action.title} [${edits.join(', ')}]`;
}
