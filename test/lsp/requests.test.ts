import assert from 'node:assert/strict';
import { ChecklistRequest, ReviewRequest, type ChecklistResult, type ProtocolChecklistItem, type ReviewResult } from '../../server/src/protocol';
import { LspClient, textAt } from './client';
import { LONG_NOTICE, LONG_TERM, MISMATCH_DRAFT, NUMBER_MISMATCH, RENEWAL_DRAFT } from './drafts';

const STATES = ['met', 'weak', 'missing', 'not-applicable', 'found', 'not-found'];

describe('lsp: custom requests', function () {
  this.timeout(15000);
  let client: LspClient;
  beforeEach(async () => { client = await LspClient.start(); });
  afterEach(() => client.dispose());

  it('answers the checklist with well-formed items for any open document', async () => {
    const uri = await client.open('notes.md', '# Notes\n\nNothing about renewal here.\n');
    const result = await client.request<ChecklistResult | null>(ChecklistRequest.method, { uri });
    assert.ok(result);
    assert.equal(result.version, 1);
    assert.equal(typeof result.kind, 'string');
    assert.ok(result.keyTerms && 'renewal' in result.keyTerms);
    assert.ok(result.items.length > 0);
    const ids = new Set<string>();
    for (const item of result.items) {
      assert.ok(!ids.has(item.id), `duplicate item ${item.id}`);
      ids.add(item.id);
      assert.ok(STATES.includes(item.state), item.state);
      assert.equal(typeof item.title, 'string');
      assert.equal(typeof item.detail, 'string');
      assert.ok(Array.isArray(item.ruleIds));
      if (item.range !== null) assert.ok(item.range.start.line >= 0 && item.range.end.line >= item.range.start.line);
    }
  });

  it('marks the renewal items weak for the renewal draft and points at the clause', async () => {
    const uri = await client.open('msa.md', RENEWAL_DRAFT);
    const result = await client.request<ChecklistResult | null>(ChecklistRequest.method, { uri });
    assert.ok(result);
    for (const id of ['renewal-term', 'renewal-notice']) {
      const item: ProtocolChecklistItem | undefined = result.items.find((i) => i.id === id);
      assert.ok(item, `item ${id}`);
      assert.equal(item.state, 'weak', `${id}: ${item.detail}`);
      assert.ok(item.range, `${id} has a place`);
      assert.equal(item.range.start.line, 4);
    }
  });

  it('answers the review request with findings, ranges, spans and titles', async () => {
    const uri = await client.open('order.md', MISMATCH_DRAFT);
    const result = await client.request<ReviewResult | null>(ReviewRequest.method, { uri });
    assert.ok(result);
    assert.equal(result.version, 1);
    const finding = result.findings.find((f) => f.ruleId === NUMBER_MISMATCH);
    assert.ok(finding, JSON.stringify(result.findings.map((f) => f.ruleId)));
    assert.equal(textAt(MISMATCH_DRAFT, finding.range), MISMATCH_DRAFT.slice(finding.span.start, finding.span.end));
    assert.ok(finding.title.length > 0);
  });

  it('gives the same findings over the review request as over diagnostics', async () => {
    const uri = await client.open('msa.md', RENEWAL_DRAFT);
    const diagnostics = await client.current(uri);
    const result = await client.request<ReviewResult | null>(ReviewRequest.method, { uri });
    assert.ok(result);
    assert.deepEqual(result.findings.map((f) => f.ruleId), diagnostics.map((d) => d.code));
    assert.ok(result.findings.some((f) => f.ruleId === LONG_TERM) && result.findings.some((f) => f.ruleId === LONG_NOTICE));
  });

  it('answers null for a document that is not open', async () => {
    assert.equal(await client.request(ChecklistRequest.method, { uri: client.uri('nope.md') }), null);
    assert.equal(await client.request(ReviewRequest.method, { uri: client.uri('nope.md') }), null);
  });
});
