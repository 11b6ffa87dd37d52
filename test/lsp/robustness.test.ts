import assert from 'node:assert/strict';
import { ChecklistRequest, ReviewRequest } from '../../server/src/protocol';
import { LspClient } from './client';
import { RENEWAL_DRAFT } from './drafts';

/** Deterministic junk: control characters, NULs, lone surrogates, astral characters, odd line breaks. */
function junk(length: number, seed: number): string {
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state;
  };
  const pool = ['\u0000', '\r', '\n', '\r\n', '\ud800', '\udfff', '\u2028', '\ufeff', '😀', '(', ')', '"', '<!--', '-->', '§', '---', '(60)', 'thirty'];
  let out = '';
  while (out.length < length) {
    const r = next();
    out += r % 3 === 0 ? pool[r % pool.length] : String.fromCharCode(r % 0xffff);
  }
  return out;
}

describe('lsp: robustness', function () {
  this.timeout(20000);
  let client: LspClient;
  beforeEach(async () => { client = await LspClient.start(); });
  afterEach(() => client.dispose());

  it('survives junk documents and keeps answering', async () => {
    for (const [index, languageId] of ['markdown', 'plaintext', 'contract'].entries()) {
      const uri = await client.open(`junk-${index}.md`, junk(20000, index + 1), languageId);
      await client.current(uri);
      await client.hover(uri, { line: 3, character: 5 });
      await client.codeActions(uri, []);
      await client.request(ChecklistRequest.method, { uri });
      await client.request(ReviewRequest.method, { uri });
      await client.change(uri, junk(5000, index + 100));
      await client.current(uri);
    }
    const uri = await client.open('after.md', RENEWAL_DRAFT);
    await client.current(uri);
    assert.ok(client.alive, client.serverStderr);
  });

  it('survives nonsense requests', async () => {
    const uri = await client.open('doc.md', RENEWAL_DRAFT);
    await client.current(uri);
    assert.equal(await client.hover(uri, { line: -5, character: -1 }), null);
    assert.deepEqual(await client.request(ChecklistRequest.method, {}), null);
    assert.deepEqual(await client.request(ReviewRequest.method, { uri: 42 }), null);
    const actions = await client.codeActions(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, message: 'x', source: 'contract-review', data: null }]);
    assert.deepEqual(actions, []);
    assert.ok(client.alive);
  });

  it('reports a document over 10 MB as too large instead of reviewing it', async () => {
    const line = `${'x'.repeat(1023)}\n`;
    const huge = line.repeat(10 * 1024 + 1);
    const uri = await client.open('huge.txt', huge, 'plaintext');
    const diagnostics = await client.current(uri);
    assert.equal(diagnostics.length, 1);
    assert.equal(diagnostics[0].code, 'too-large');
    assert.equal(diagnostics[0].severity, 3);
    assert.match(diagnostics[0].message, /too large|larger than/i);
    assert.equal(await client.request(ChecklistRequest.method, { uri }), null);
  });

  it('shuts down and exits with code 0', async () => {
    const uri = await client.open('doc.md', RENEWAL_DRAFT);
    await client.current(uri);
    assert.equal(await client.shutdown(), 0);
  });
});

describe('lsp: transports', function () {
  this.timeout(15000);
  let client: LspClient | undefined;
  afterEach(() => client?.dispose());

  it('serves over Node IPC as well as stdio', async () => {
    client = await LspClient.start({ transport: 'ipc' });
    const uri = await client.open('doc.md', RENEWAL_DRAFT);
    const diagnostics = await client.current(uri);
    assert.ok(diagnostics.length > 0);
    assert.equal(await client.shutdown(), 0);
  });
});
