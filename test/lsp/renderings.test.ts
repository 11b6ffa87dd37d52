import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { RenderDraftRequest, renderingUriOf, type RenderDraftResult } from '../../server/src/protocol';
import { blocksFromMarkdown, makeDocx, makeLockedPdf, makePdf } from '../unit/convert/makeFiles';
import { LspClient } from './client';

// Word and PDF drafts in the editor: the server converts the file, the client shows the
// Markdown read-only under the rendering scheme, and the server reviews that document
// like any draft, except that it names pages or headings and offers no edits.

const SAMPLE = readFileSync(join(__dirname, '..', 'fixtures', 'samples', 'ccaas-msa.md'), 'utf8');

async function render(client: LspClient, uri: string, workDoneToken?: string): Promise<RenderDraftResult> {
  return client.request<RenderDraftResult>(RenderDraftRequest.method, { uri, ...(workDoneToken ? { workDoneToken } : {}) });
}

describe('lsp: Word and PDF renderings', function () {
  this.timeout(60_000);
  let client: LspClient;
  beforeEach(async () => { client = await LspClient.start(); });
  afterEach(() => client.dispose());

  it('renders a Word file with tracked changes accepted, and says so at the top of the rendering', async () => {
    client.writeFile('msa.docx', Buffer.from(await makeDocx([
      { kind: 'heading', level: 1, text: 'Order Terms' },
      { kind: 'paragraph', runs: ['Invoices are payable within ', { deleted: 'thirty (30)' }, { inserted: 'forty-five (45)' }, ' days of receipt.'] },
    ])));
    const result = await render(client, client.uri('msa.docx'));
    assert.ok(result.ok, result.ok ? '' : result.message);
    assert.equal(result.kind, 'docx');
    assert.match(result.markdown, /payable within forty-five \(45\) days/);
    assert.doesNotMatch(result.markdown, /thirty/);
    assert.equal(result.notes.length, 1);
    assert.match(result.notes[0], /accepted/);
    assert.ok(result.markdown.startsWith(`<!-- ${result.notes[0]} -->`), result.markdown.slice(0, 200));
  });

  it('reports progress page by page while a PDF converts', async () => {
    client.writeFile('long.pdf', Buffer.from(await makePdf(SAMPLE, { pageSize: [300, 420], header: 'Vendor Paper', footer: 'Page {page} of {pages}' })));
    const token = randomUUID();
    const seen = client.progress(token);
    const result = await render(client, client.uri('long.pdf'), token);
    assert.ok(result.ok, result.ok ? '' : result.message);
    assert.ok(result.pageCount !== null && result.pageCount >= 3, `pages: ${result.pageCount}`);
    assert.doesNotMatch(result.markdown, /Vendor Paper|Page \d+ of/);
    assert.equal(seen[0]?.kind, 'begin');
    const reports = seen.filter((p) => p.kind === 'report');
    assert.ok(reports.length >= 2, JSON.stringify(seen));
    assert.match(reports.at(-1)?.message ?? '', new RegExp(`page ${result.pageCount} of ${result.pageCount}`));
    assert.equal(seen.at(-1)?.kind, 'end');
  });

  it('answers a damaged file, a password-protected one and a missing one with one sentence each', async () => {
    client.writeFile('broken.pdf', 'this is not a PDF at all');
    client.writeFile('locked.docx', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    client.writeFile('locked.pdf', Buffer.from(await makeLockedPdf('Rates for the second year')));
    const messages: string[] = [];
    for (const name of ['broken.pdf', 'locked.docx', 'absent.docx', 'notes.txt', 'locked.pdf']) {
      const result = await render(client, client.uri(name));
      assert.equal(result.ok, false, name);
      if (!result.ok) messages.push(result.message);
    }
    assert.match(messages[0], /^Cannot review broken\.pdf: the file is not a readable PDF/);
    assert.match(messages[1], /^Cannot review locked\.docx: the Word file is password-protected/);
    assert.match(messages[2], /^Cannot review absent\.docx: the file does not exist\.$/);
    assert.match(messages[3], /Only Word \(\.docx\) and PDF files/);
    assert.equal(messages[4], 'Cannot review locked.pdf: the PDF is password-protected; save an unprotected copy and review that.');
    for (const message of messages) assert.equal(message.split('\n').length, 1);
  });

  it('reviews the rendering: findings name their page, hovers give the wording, code actions copy instead of edit', async () => {
    client.writeFile('msa.pdf', Buffer.from(await makePdf(SAMPLE, { pageSize: [300, 420] })));
    const fileUri = client.uri('msa.pdf');
    const result = await render(client, fileUri);
    assert.ok(result.ok);
    const uri = renderingUriOf(fileUri);
    assert.ok(uri);
    await client.openUri(uri, result.markdown);
    const diagnostics = await client.current(uri);
    const renewal = diagnostics.find((d) => d.code === 'renewal/long-renewal-term');
    assert.ok(renewal, diagnostics.map((d) => d.code).join(', '));
    assert.match(renewal.message, /\(page \d+\)$/);

    const mismatch = diagnostics.find((d) => d.code === 'drafting/number-mismatch');
    assert.ok(mismatch, 'the sample has a words-and-digits mismatch with a fix');
    const actions = await client.codeActions(uri, [mismatch]);
    assert.ok(actions.length > 0, 'the fix is offered as wording to copy');
    for (const action of actions) {
      assert.equal(action.edit, undefined, `${action.title} must not edit a read-only rendering`);
      assert.equal(action.command?.command, 'contractReview.copySuggestion');
      assert.match(action.title, /^Copy suggested wording: "/);
      assert.equal(typeof action.command?.arguments?.[0], 'string');
    }

    const hover: Hover | null = await client.hover(uri, mismatch.range.start);
    assert.ok(hover);
    assert.match((hover.contents as MarkupContent).value, /\*\*Suggested wording\*\*/);
  });

  it('names the heading path of a Word finding, and reads the playbook beside the Word file', async () => {
    client.writeFile('.contract-review.json', JSON.stringify({ renewal: { maxNoticeDays: 150 } }));
    client.writeFile('msa.docx', Buffer.from(await makeDocx(blocksFromMarkdown(SAMPLE))));
    const fileUri = client.uri('msa.docx');
    const result = await render(client, fileUri);
    assert.ok(result.ok);
    const uri = renderingUriOf(fileUri);
    assert.ok(uri);
    await client.openUri(uri, result.markdown);
    const diagnostics = await client.current(uri);
    const term = diagnostics.find((d) => d.code === 'renewal/long-renewal-term');
    assert.ok(term);
    assert.match(term.message, /\(3\.? Term and Termination\)$/);
    // 120 days of notice is within the folder's 150-day playbook (the default allows 90).
    assert.equal(diagnostics.find((d) => d.code === 'renewal/long-notice-period'), undefined, diagnostics.map((d) => d.message).join('\n'));
  });
});
