import assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { LspClient } from './client';
import { MISMATCH_DRAFT, NUMBER_MISMATCH, RENEWAL_DRAFT, LONG_TERM } from './drafts';

// Editors other than VS Code send their own language ids: Neovim says `text` for
// a .txt file and nothing at all for a file without a file type. The server
// decides by the language id when it knows it, else by the file's name.

/** A fenced block is not contract text in Markdown; in plain text the number mismatch inside it counts. */
const FENCED = '# Draft\n\n```\nPay within thirty (60) days.\n```\n';

function codes(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => String(d.code));
}

describe('lsp: language ids and file names', function () {
  this.timeout(15000);
  let client: LspClient;
  beforeEach(async () => { client = await LspClient.start(); });
  afterEach(() => client.dispose());

  it('reviews a `text` document as plain text, with hovers', async () => {
    const uri = await client.open('notes.txt', FENCED, 'text');
    assert.deepEqual(codes(await client.current(uri)), [NUMBER_MISMATCH]);
    const renewal = await client.open('msa.txt', RENEWAL_DRAFT, 'text');
    const term = (await client.current(renewal)).find((d) => d.code === LONG_TERM);
    assert.ok(term, 'the renewal clause is flagged');
    assert.ok(await client.hover(renewal, term.range.start), 'a hover on the finding');
  });

  it('reviews a document with an empty language id by its file name', async () => {
    const markdown = await client.open('msa.md', FENCED, '');
    assert.deepEqual(await client.current(markdown), [], '.md is read as Markdown');
    const longName = await client.open('msa.markdown', FENCED, '');
    assert.deepEqual(await client.current(longName), [], '.markdown is read as Markdown');
    const text = await client.open('msa.txt', FENCED, '');
    assert.deepEqual(codes(await client.current(text)), [NUMBER_MISMATCH], '.txt is read as plain text');
    const contractMd = await client.open('deal/msa.contract.md', FENCED, '');
    assert.deepEqual(await client.current(contractMd), [], '.contract.md is Markdown');
    const contractOther = await client.open('deal/msa.contract.rst', FENCED, '');
    assert.deepEqual(codes(await client.current(contractOther)), [NUMBER_MISMATCH], 'any other .contract.* is plain text');
  });

  it('reviews a draft by its file name whatever unknown language id the editor gives it', async () => {
    const uri = await client.open('order.md', MISMATCH_DRAFT, 'vimwiki');
    assert.deepEqual(codes(await client.current(uri)), [NUMBER_MISMATCH]);
    assert.equal((await client.codeActions(uri, await client.current(uri))).length > 0, true, 'quick fixes too');
  });

  it('skips other files and says why in the log, once per document', async () => {
    const script = await client.open('build.py', 'x = "thirty (60) days"\n', 'python');
    const untitled = 'untitled:Untitled-1';
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: untitled, languageId: '', version: 1, text: MISMATCH_DRAFT } });
    // Messages arrive in order and edits wait the same pause: once a draft opened (or edited)
    // after them has its diagnostics, the skipped documents were decided.
    const after = await client.open('after.md', MISMATCH_DRAFT);
    await client.current(after);
    await client.change(script, 'y = "thirty (60) days"\n');
    await client.change(after, `${MISMATCH_DRAFT}\n`);
    await client.current(after);
    assert.equal(client.published.has(script), false);
    assert.equal(client.published.has(untitled), false);
    const skips = client.logs.map((l) => l.message).filter((m) => m.includes('not reviewing'));
    const forScript = skips.filter((m) => m.includes(script));
    assert.equal(forScript.length, 1, JSON.stringify(skips));
    assert.match(forScript[0], /language id "python" is not one of markdown, plaintext, text, contract, and its name does not end in \.md, \.markdown, \.txt, \.contract\.\*/);
    const forUntitled = skips.filter((m) => m.includes(untitled));
    assert.equal(forUntitled.length, 1, JSON.stringify(skips));
    assert.match(forUntitled[0], /it has no language id, and its name does not end in/);
  });

  it('lets a known language id decide over the file name', async () => {
    const uri = await client.open('notes.txt', FENCED, 'markdown');
    assert.deepEqual(await client.current(uri), [], 'markdown wins over .txt');
  });
});
