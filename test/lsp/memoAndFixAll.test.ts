import assert from 'node:assert/strict';
import { review } from '../../server/src/engine/review';
import { memoToMarkdown } from '../../server/src/report/memo/markdown';
import { buildMemo } from '../../server/src/report/memo/model';
import { FIX_ALL_KIND, MemoRequest, type MemoResult } from '../../server/src/protocol';
import { applyEdits, LspClient, versionedEdits } from './client';
import { RENEWAL_DRAFT } from './drafts';
import { INVISIBLE_DRAFT } from './workspaceDrafts';

const INVISIBLE = 'drafting/invisible-characters';

describe('lsp: review memo request', function () {
  this.timeout(15000);
  let client: LspClient;
  beforeEach(async () => { client = await LspClient.start(); });
  afterEach(() => client.dispose());

  it('gives the CLI\'s Markdown memo of the open text, named after the draft', async () => {
    const uri = await client.open('msa.md', RENEWAL_DRAFT);
    const memo = await client.request<MemoResult | null>(MemoRequest.method, { uri, format: 'markdown' });
    assert.ok(memo && memo.format === 'markdown');
    assert.equal(memo.fileName, 'msa.review.md');
    assert.equal(memo.text, memoToMarkdown(buildMemo(review(RENEWAL_DRAFT), 'msa.md')));
  });

  it('gives HTML as text and Word as a base64 zip', async () => {
    const uri = await client.open('msa.md', RENEWAL_DRAFT);
    const html = await client.request<MemoResult | null>(MemoRequest.method, { uri, format: 'html' });
    assert.ok(html && html.format === 'html');
    assert.equal(html.fileName, 'msa.review.html');
    assert.match(html.text, /<h1>/);
    const word = await client.request<MemoResult | null>(MemoRequest.method, { uri, format: 'docx' });
    assert.ok(word && word.format === 'docx');
    assert.equal(word.fileName, 'msa.review.docx');
    assert.equal(Buffer.from(word.base64, 'base64').subarray(0, 2).toString('latin1'), 'PK');
    assert.equal(await client.request(MemoRequest.method, { uri: client.uri('closed.md'), format: 'markdown' }), null);
  });
});

describe('lsp: fix all', function () {
  this.timeout(15000);
  let client: LspClient;
  beforeEach(async () => { client = await LspClient.start(); });
  afterEach(() => client.dispose());

  const fixAll = (uri: string, only: string[]) => client.request<{ title: string; kind?: string; edit?: unknown }[]>('textDocument/codeAction', {
    textDocument: { uri },
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    context: { diagnostics: [], only },
  });

  it('applies every safe fix in one versioned edit, and the findings go away', async () => {
    const uri = await client.open('notes.md', INVISIBLE_DRAFT);
    const before = await client.current(uri);
    assert.equal(before.filter((d) => d.code === INVISIBLE).length, 2, JSON.stringify(before.map((d) => d.code)));
    for (const only of [[FIX_ALL_KIND], ['source.fixAll'], ['source']]) {
      const actions = await fixAll(uri, only);
      const action = actions.find((a) => a.kind === FIX_ALL_KIND);
      assert.ok(action, `${only.join()}: ${JSON.stringify(actions.map((a) => a.title))}`);
      assert.equal(action.title, 'Fix all safe Contract Review problems (2)');
    }
    const [action] = (await fixAll(uri, [FIX_ALL_KIND])).filter((a) => a.kind === FIX_ALL_KIND);
    const fixed = applyEdits(INVISIBLE_DRAFT, versionedEdits(action as Parameters<typeof versionedEdits>[0], uri, 1));
    assert.equal(fixed, INVISIBLE_DRAFT.replace(/[\u00AD\u200B]/g, ''));
    await client.change(uri, fixed);
    const after = await client.current(uri);
    assert.ok(!after.some((d) => d.code === INVISIBLE));
    assert.deepEqual((await fixAll(uri, [FIX_ALL_KIND])).filter((a) => a.kind === FIX_ALL_KIND), [], 'nothing left to fix');
  });

  it('leaves fixes that change the deal alone, and is not offered as a quick fix', async () => {
    const uri = await client.open('msa.md', RENEWAL_DRAFT);
    await client.current(uri);
    assert.deepEqual((await fixAll(uri, [FIX_ALL_KIND])).filter((a) => a.kind === FIX_ALL_KIND), [], 'the renewal fixes are suggestions');
    const quick = await client.codeActions(await client.open('notes.md', INVISIBLE_DRAFT), await client.current(client.uri('notes.md')), ['quickfix']);
    assert.ok(quick.length > 0 && quick.every((a) => a.kind === 'quickfix'));
  });

  it('declares the fix-all kind', () => {
    const provider = client.initializeResult?.capabilities.codeActionProvider;
    assert.ok(provider && typeof provider === 'object' && provider.codeActionKinds?.includes(FIX_ALL_KIND));
  });
});
