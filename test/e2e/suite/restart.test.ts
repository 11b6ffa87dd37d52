import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as vscode from 'vscode';
import { activateExtension, hasRule, openDraft, waitForDiagnostics, waitUntil } from './helpers';

// The language server is a child of the extension host these tests run in,
// started from the extension's server/out/main.js; `ps` finds it without any
// hook in the extension. A process that is not our own child has no start or
// exit event to wait on, so those conditions are polled (with a deadline).

describe('server restart', () => {
  it('comes back after the server process is killed, and the restart command leaves exactly one server', async () => {
    const api = await activateExtension();
    const { document } = await openDraft();
    await waitForDiagnostics(document.uri, hasRule('renewal/long-renewal-term'), 'findings before the kill');
    const [first] = serverProcesses();
    assert.ok(first, 'a running language server');

    // The client restarts a crashed server by itself. Wait until that restart has finished (a new
    // process that answers requests) before restarting by command: a restart issued while the
    // client is still starting is a different race, not what this test is about.
    process.kill(first, 'SIGKILL');
    await waitUntil(() => serverProcesses().some((pid) => pid !== first), () => 'a new server process after the kill');
    await waitUntil(async () => (await api.checklist(document.uri).catch(() => null)) !== null, () => 'the restarted server to answer');
    await waitForDiagnostics(document.uri, hasRule('renewal/long-renewal-term'), 'findings after the crash');

    const beforeCommand = serverProcesses();
    assert.ok(!beforeCommand.includes(first), 'the killed server is gone');
    assert.equal(beforeCommand.length, 1, `one server after the crash, found pids ${beforeCommand.join(', ')}`);

    await vscode.commands.executeCommand('contractReview.restartServer');
    await api.ready;
    const fresh = serverProcesses().filter((pid) => !beforeCommand.includes(pid));
    assert.equal(fresh.length, 1, `the command starts one new server, found pids ${fresh.join(', ')}`);
    // The replaced server exits after its shutdown handshake, a moment after the command returns.
    await waitUntil(() => serverProcesses().length === 1, () => `only the new server left; running: ${serverProcesses().join(', ')}`);
    assert.deepEqual(serverProcesses(), fresh);
    await waitForDiagnostics(document.uri, hasRule('renewal/long-renewal-term'), 'findings after the restart command');
    const checklist = await api.checklist(document.uri);
    assert.ok(checklist && checklist.items.length > 0, 'the restarted server answers requests');
  });
});

/** Pids of the language servers this extension host runs. */
function serverProcesses(): number[] {
  const extension = vscode.extensions.getExtension('contract-review.contract-review');
  assert.ok(extension);
  const bundle = vscode.Uri.joinPath(extension.extensionUri, 'server', 'out', 'main.js').fsPath;
  const table = execFileSync('ps', ['-A', '-o', 'pid=,ppid=,args='], { encoding: 'utf8' });
  const pids: number[] = [];
  for (const row of table.split('\n')) {
    const [pid, ppid, ...args] = row.trim().split(/\s+/);
    if (Number(ppid) === process.pid && args.join(' ').includes(bundle)) pids.push(Number(pid));
  }
  return pids;
}
