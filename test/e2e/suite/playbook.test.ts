import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { PLAYBOOK_NAME, activateExtension, hasRule, lacksRule, openDraft, waitForDiagnostics, workspaceFile } from './helpers';

describe('playbook file', () => {
  let original: Uint8Array;
  before(async () => {
    original = await vscode.workspace.fs.readFile(workspaceFile(PLAYBOOK_NAME));
  });
  after(async () => {
    await vscode.workspace.fs.writeFile(workspaceFile(PLAYBOOK_NAME), original);
  });

  it('re-reviews open drafts when the playbook changes on disk', async () => {
    await activateExtension();
    const { document } = await openDraft();
    await waitForDiagnostics(document.uri, hasRule('renewal/long-notice-period'), 'the notice finding');

    // A longer notice allowance makes the 180-day notice acceptable, and the renewal rule is switched off.
    const relaxed = waitForDiagnostics(document.uri,
      (ds) => lacksRule('renewal/long-notice-period')(ds) && lacksRule('renewal/long-renewal-term')(ds),
      'the renewal findings to go after relaxing the playbook');
    await writePlaybook({ rules: { 'renewal/long-renewal-term': 'off' }, renewal: { maxNoticeDays: 180 } });
    const after = await relaxed;
    assert.ok(hasRule('drafting/number-mismatch')(after), 'findings the change does not touch stay');

    const restored = waitForDiagnostics(document.uri,
      (ds) => hasRule('renewal/long-notice-period')(ds) && hasRule('renewal/long-renewal-term')(ds),
      'the renewal findings to return with the original playbook');
    await vscode.workspace.fs.writeFile(workspaceFile(PLAYBOOK_NAME), original);
    await restored;
  });
});

function writePlaybook(playbook: object): Thenable<void> {
  return vscode.workspace.fs.writeFile(workspaceFile(PLAYBOOK_NAME), new TextEncoder().encode(JSON.stringify(playbook, null, 2)));
}
