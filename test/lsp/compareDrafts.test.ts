import assert from 'node:assert/strict';
import { CompareDraftsRequest, RenderDraftRequest, renderingUriOf, type CompareDraftsParams, type CompareDraftsResult, type RenderDraftResult } from '../../server/src/protocol';
import { BASE, editClause, moveSection, render } from '../unit/compare/drafts';
import { blocksFromMarkdown, makeDocx } from '../unit/convert/makeFiles';
import { LspClient, textAt } from './client';

// "Compare with Previous Draft" over the protocol: the client names the current draft
// and the earlier turn (a file, or bytes it fetched from git); the server does the rest.

const TURN1 = render(BASE);
const TURN2 = render(moveSection(editClause(BASE, 'Term and Renewal', 1, (t) => t.replace('sixty (60)', 'one hundred twenty (120)')), 2, 5));

function compare(client: LspClient, params: CompareDraftsParams): Promise<CompareDraftsResult> {
  return client.request<CompareDraftsResult>(CompareDraftsRequest.method, params);
}

describe('lsp: compare with the previous draft', function () {
  this.timeout(60_000);
  let client: LspClient;
  beforeEach(async () => { client = await LspClient.start(); });
  afterEach(() => client.dispose());

  it('lists the worse move and the new finding, placed in the open draft, against an earlier file', async () => {
    client.writeFile('msa-v1.md', TURN1);
    client.writeFile('msa-v2.md', TURN2);
    const uri = await client.open('msa-v2.md', TURN2);
    const result = await compare(client, { uri, previous: { uri: client.uri('msa-v1.md') } });
    assert.ok(result.ok, result.ok ? '' : result.message);
    assert.equal(result.oldName, 'msa-v1.md');
    assert.equal(result.newName, 'msa-v2.md');
    assert.deepEqual(result.moves[0], { label: 'Notice to stop the renewal', change: '60 days → 120 days', effect: 'worse' });
    assert.deepEqual(result.introduced.map((f) => f.ruleId), ['renewal/long-notice-period']);
    assert.match(textAt(TURN2, result.introduced[0].range), /one hundred twenty \(120\) days/);
    assert.equal(result.resolvedCount, 0, 'moving a section resolves nothing');
    assert.ok(result.unchangedCount > 0);
    assert.match(result.markdown, /^# What changed: msa-v1\.md → msa-v2\.md/);
    assert.match(result.markdown, /## Key terms that moved\n\n- \*\*Notice to stop the renewal: 60 days → 120 days\*\* \(worse for the buyer\)/);
  });

  it('reads the earlier turn from bytes the client fetched (a git revision), named by its label', async () => {
    const uri = await client.open('msa.md', TURN2);
    const result = await compare(client, { uri, previous: { name: 'msa.md', label: 'msa.md at HEAD', base64: Buffer.from(TURN1).toString('base64') } });
    assert.ok(result.ok, result.ok ? '' : result.message);
    assert.equal(result.oldName, 'msa.md at HEAD');
    assert.equal(result.moves[0]?.effect, 'worse');
    assert.match(result.markdown, /^# What changed: msa\.md at HEAD → msa\.md/);
  });

  it('compares a Word rendering with the earlier Word file, naming the heading of each finding', async () => {
    client.writeFile('turn1.docx', Buffer.from(await makeDocx(blocksFromMarkdown(TURN1))));
    client.writeFile('turn2.docx', Buffer.from(await makeDocx(blocksFromMarkdown(TURN2))));
    const fileUri = client.uri('turn2.docx');
    const rendered = await client.request<RenderDraftResult>(RenderDraftRequest.method, { uri: fileUri });
    assert.ok(rendered.ok);
    const uri = renderingUriOf(fileUri);
    assert.ok(uri);
    await client.openUri(uri, rendered.markdown);
    const result = await compare(client, { uri, previous: { uri: client.uri('turn1.docx') } });
    assert.ok(result.ok, result.ok ? '' : result.message);
    assert.equal(result.newName, 'turn2.docx');
    assert.deepEqual(result.introduced.map((f) => f.ruleId), ['renewal/long-notice-period']);
    assert.match(textAt(rendered.markdown, result.introduced[0].range), /one hundred twenty \(120\) days/);
    assert.match(result.markdown, /renewal\/long-notice-period`, line \d+, 2\.? Term and Renewal\)/);
  });

  it('explains in one sentence why an earlier turn cannot be read', async () => {
    const uri = await client.open('msa.md', TURN2);
    const missing = await compare(client, { uri, previous: { uri: client.uri('gone.md') } });
    assert.deepEqual(missing, { ok: false, message: 'Cannot compare with gone.md: the file does not exist.' });
    const broken = await compare(client, { uri, previous: { name: 'old.pdf', base64: Buffer.from('not a pdf').toString('base64') } });
    assert.equal(broken.ok, false);
    assert.match(broken.ok ? '' : broken.message, /^Cannot compare with old\.pdf: the file is not a readable PDF/);
  });
});
