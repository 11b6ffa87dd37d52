import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { FramingWatcher, MAX_HEADER_BYTES } from '../../server/src/lsp/framing';
import { SERVER_BUNDLE } from './client';

// Issue 12.9: after a header without Content-Length the server stayed up but deaf,
// and said nothing. It now logs the reason and exits, so the client restarts it.

function frame(body: string, header = `Content-Length: ${Buffer.byteLength(body)}`): Buffer {
  return Buffer.from(`${header}\r\n\r\n${body}`);
}

/** Feeds `bytes` to a watcher in pieces of `size` bytes; the reasons it gave. */
function watch(bytes: Buffer, size: number): string[] {
  const reasons: string[] = [];
  const watcher = new FramingWatcher((reason) => reasons.push(reason));
  for (let i = 0; i < bytes.length; i += size) watcher.push(bytes.subarray(i, i + size));
  return reasons;
}

/** Runs the built server over stdio, writes `input`, and resolves with its exit code and stderr. */
function runServer(input: Buffer): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [SERVER_BUNDLE, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const stderr: Buffer[] = [];
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.stdout.resume();
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, stderr: Buffer.concat(stderr).toString('utf8') }));
    // Keep stdin open: the server must leave on its own, not because its input ended.
    child.stdin.write(input);
  });
}

describe('lsp: message framing (issue 12.9)', function () {
  this.timeout(20000);

  it('a well-framed stream is never reported, however it is cut into chunks', () => {
    const body = JSON.stringify({ jsonrpc: '2.0', method: 'x', params: { text: 'é😀\r\n\r\nContent-Length: 3' } });
    const stream = Buffer.concat([frame(body), frame(body, `Content-Type: application/vscode-jsonrpc; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(body)}`), frame('{}')]);
    for (const size of [1, 2, 3, 7, 64, stream.length]) assert.deepEqual(watch(stream, size), [], `chunks of ${size}`);
  });

  it('reports a header without Content-Length, a length that is not a number, a line without a colon and an endless header, once each', () => {
    assert.match(watch(Buffer.concat([frame('{}'), frame('{}', 'Content-Type: application/json')]), 5)[0], /without Content-Length/);
    assert.match(watch(frame('{}', 'Content-Length: many'), 4)[0], /not a number/);
    assert.match(watch(frame('{}', 'Content-Length 2'), 3)[0], /without a ':'/);
    assert.match(watch(Buffer.alloc(MAX_HEADER_BYTES + 10, 'a'), 1000)[0], /longer than/);
    assert.equal(watch(Buffer.concat([frame('{}', 'X: 1'), frame('{}', 'Y: 2')]), 3).length, 1, 'only the first problem');
  });

  it('the server logs the reason and exits with code 1 instead of staying up deaf', async () => {
    const { code, stderr } = await runServer(frame('{"jsonrpc":"2.0","id":1,"method":"initialize","params":{}}', 'Content-Type: application/vscode-jsonrpc'));
    assert.equal(code, 1);
    assert.match(stderr, /contract-review: the client sent a message header without Content-Length .*the server exits/);
  });
});
