import assert from 'node:assert/strict';
import { KeyTermsRequest, type KeyTermsResult, type ProtocolKeyTermRow } from '../../server/src/protocol';
import { LspClient, textAt } from './client';
import { DATED_RENEWAL_DRAFT, DATED_RENEWAL_LINE, UNDATED_RENEWAL_DRAFT } from './workspaceDrafts';

// `contractReview/keyTerms`: what the key terms view shows, each row linked to its clause.

function row(result: KeyTermsResult, label: string): ProtocolKeyTermRow {
  const found = result.rows.find((r) => r.label === label);
  assert.ok(found, `no "${label}" among ${result.rows.map((r) => r.label).join(', ')}`);
  return found;
}

describe('lsp: key terms request', function () {
  this.timeout(15000);
  let client: LspClient;
  beforeEach(async () => { client = await LspClient.start(); });
  afterEach(() => client.dispose());

  it('gives the dates, the renewal and the last day to give notice, each with its clause', async () => {
    const uri = await client.open('dialler.md', DATED_RENEWAL_DRAFT);
    const result = await client.request<KeyTermsResult | null>(KeyTermsRequest.method, { uri });
    assert.ok(result);
    assert.equal(result.version, 1);

    const effective = row(result, 'Effective date');
    assert.equal(effective.value, '1 Mar 2027');
    assert.equal(effective.confidence, 'read');
    assert.ok(effective.range && textAt(DATED_RENEWAL_DRAFT, effective.range).includes('2027'), JSON.stringify(effective.range));

    const end = row(result, 'End of initial term');
    assert.equal(end.value, '28 Feb 2029');
    assert.equal(end.confidence, 'derived');

    const notice = row(result, 'Last day to give notice of non-renewal');
    assert.equal(notice.value, '30 Nov 2028');
    assert.equal(notice.confidence, 'derived');
    assert.match(notice.note ?? '', /90 days before the initial term ends on 28 Feb 2029/);
    assert.equal(notice.range?.start.line, DATED_RENEWAL_LINE);
    assert.equal(row(result, 'Next non-renewal deadline').value, '30 Nov 2029');

    assert.equal(row(result, 'Renewal').value, 'Automatic');
    assert.equal(row(result, 'Renewal term').value, '1 year');
    assert.equal(row(result, 'Non-renewal notice').value, '90 days');
    assert.deepEqual([...new Set(result.rows.map((r) => r.group))].slice(0, 2), ['Dates', 'Renewal']);
  });

  it('marks the deadline unknown, with low confidence, when a fact is missing', async () => {
    const uri = await client.open('undated.md', UNDATED_RENEWAL_DRAFT);
    const result = await client.request<KeyTermsResult | null>(KeyTermsRequest.method, { uri });
    assert.ok(result);
    const notice = row(result, 'Last day to give notice of non-renewal');
    assert.equal(notice.value, 'Unknown');
    assert.equal(notice.confidence, 'low');
    assert.match(notice.note ?? '', /effective date/);
  });

  it('follows the document version and answers null for a document that is not open', async () => {
    const uri = await client.open('dialler.md', DATED_RENEWAL_DRAFT);
    const version = await client.change(uri, DATED_RENEWAL_DRAFT.replace('ninety (90) days', 'sixty (60) days'));
    const result = await client.request<KeyTermsResult | null>(KeyTermsRequest.method, { uri });
    assert.equal(result?.version, version);
    assert.equal(result && row(result, 'Non-renewal notice').value, '60 days');
    assert.equal(await client.request(KeyTermsRequest.method, { uri: client.uri('missing.md') }), null);
  });
});
