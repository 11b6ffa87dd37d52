import assert from 'node:assert/strict';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-protocol';
import { ruleById } from '../../server/src/engine/rules';
import type { Severity } from '../../server/src/engine/model';
import { LspClient, textAt } from './client';
import { LONG_NOTICE, LONG_TERM, MISMATCH_DRAFT, NUMBER_MISMATCH, RENEWAL_DRAFT, RENEWAL_LINE } from './drafts';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

function withCode(diagnostics: readonly Diagnostic[], code: string): Diagnostic {
  const found = diagnostics.find((d) => d.code === code);
  assert.ok(found, `expected a ${code} diagnostic, got ${JSON.stringify(diagnostics.map((d) => d.code))}`);
  return found;
}

describe('lsp: diagnostics', function () {
  this.timeout(15000);
  let client: LspClient;
  beforeEach(async () => { client = await LspClient.start(); });
  afterEach(() => client.dispose());

  it('announces the features it serves', () => {
    const capabilities = client.initializeResult?.capabilities;
    assert.ok(capabilities?.hoverProvider);
    assert.deepEqual(capabilities?.codeActionProvider, { codeActionKinds: ['quickfix', 'source.fixAll.contractReview'] });
    assert.deepEqual(capabilities?.codeLensProvider, { resolveProvider: false });
    assert.equal(capabilities?.textDocumentSync, 2);
  });

  it('flags a long auto-renewal term and a long notice period with codes, links, severities and data', async () => {
    const uri = await client.open('msa.md', RENEWAL_DRAFT);
    const diagnostics = await client.current(uri);
    for (const code of [LONG_TERM, LONG_NOTICE]) {
      const d = withCode(diagnostics, code);
      assert.equal(d.source, 'contract-review');
      assert.equal(d.severity, SEVERITY[ruleById(code)?.meta.defaultSeverity ?? 'warning']);
      assert.equal(d.range.start.line, RENEWAL_LINE, `${code} should sit on the renewal clause`);
      assert.ok(textAt(RENEWAL_DRAFT, d.range).length > 0, `${code} should cover some text`);
      const href = d.codeDescription?.href ?? '';
      assert.match(href, /^file:\/\/.*\/README\.md#rule-renewal-/);
      assert.ok(href.endsWith(`#rule-${code.replace('/', '-')}`), href);
      assert.ok(d.message.length > 0);
      const data = d.data as { ruleId: string; version: number; fixes: unknown[] };
      assert.equal(data.ruleId, code);
      assert.equal(data.version, 1);
      assert.ok(Array.isArray(data.fixes));
    }
    const notice = withCode(diagnostics, LONG_NOTICE);
    assert.match(textAt(RENEWAL_DRAFT, notice.range), /180|one hundred eighty/);
  });

  it('flags a number whose words and digits disagree', async () => {
    const uri = await client.open('order.md', MISMATCH_DRAFT);
    const d = withCode(await client.current(uri), NUMBER_MISMATCH);
    assert.equal(d.range.start.line, 2);
    assert.match(textAt(MISMATCH_DRAFT, d.range), /60|thirty/);
  });

  it('publishes diagnostics for each new version and for plain text and contract documents', async () => {
    const uri = await client.open('draft.txt', 'Nothing to see here.\n', 'plaintext');
    assert.deepEqual(await client.current(uri), []);
    const version = await client.change(uri, MISMATCH_DRAFT);
    assert.equal(version, 2);
    withCode(await client.current(uri), NUMBER_MISMATCH);

    const contract = await client.open('draft.contract', MISMATCH_DRAFT, 'contract');
    withCode(await client.current(contract), NUMBER_MISMATCH);
  });

  it('reads markdown and .md contract documents as Markdown, other documents as plain text', async () => {
    // Markdown code blocks are not contract text; in plain text the same lines are.
    const fenced = '# Draft\n\n```\nPay within thirty (60) days.\n```\n';
    assert.deepEqual(await client.current(await client.open('a.md', fenced, 'markdown')), []);
    assert.deepEqual(await client.current(await client.open('b.md', fenced, 'contract')), []);
    withCode(await client.current(await client.open('c.contract', fenced, 'contract')), NUMBER_MISMATCH);
    withCode(await client.current(await client.open('d.txt', fenced, 'plaintext')), NUMBER_MISMATCH);
  });

  it('publishes an empty list for a clean document and ignores other languages', async () => {
    const clean = await client.open('clean.md', '# Notes\n\nThe parties met on Tuesday.\n');
    assert.deepEqual(await client.current(clean), []);
    const json = await client.open('data.json', '{"a": "thirty (60) days"}', 'json');
    // Any publish for the JSON file would arrive before the next one for a reviewed file.
    const after = await client.open('after.md', 'Still nothing.\n');
    await client.current(after);
    assert.equal(client.published.has(json), false);
  });

  it('clears the diagnostics when the document closes', async () => {
    const uri = await client.open('order.md', MISMATCH_DRAFT);
    const before = await client.current(uri);
    assert.ok(before.length > 0, 'the draft should have diagnostics before it closes');
    await client.close(uri);
    const after = await client.diagnostics(uri, (p) => p.diagnostics.length === 0, 'the list is empty');
    assert.deepEqual(after, []);
  });

  it('reviews only the last of several quick edits', async () => {
    const uri = await client.open('typing.md', 'Draft\n');
    await client.current(uri);
    const countBefore = client.published.get(uri)?.length ?? 0;
    await client.change(uri, 'Draft with thirty');
    await client.change(uri, 'Draft with thirty (60)');
    const last = await client.change(uri, MISMATCH_DRAFT);
    withCode(await client.current(uri), NUMBER_MISMATCH);
    const published = client.published.get(uri) ?? [];
    assert.ok(published.slice(countBefore).every((p) => p.version === last), `only v${last} should be published, got ${published.slice(countBefore).map((p) => p.version)}`);
  });
});
