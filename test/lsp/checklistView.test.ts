import assert from 'node:assert/strict';
import { ChecklistRequest, type ChecklistResult, type ProtocolChecklistItem, type ChecklistFinding } from '../../server/src/protocol';
import { LspClient, textAt } from './client';
import { LONG_NOTICE, LONG_TERM, RENEWAL_DRAFT, RENEWAL_LINE } from './drafts';
import { DATED_RENEWAL_DRAFT, UNDATED_RENEWAL_DRAFT } from './workspaceDrafts';

// What the checklist view and the status bar read from the checklist request:
// each item's family, the findings under it, and the next deadline.

const FAMILIES = ['renewal', 'sla', 'dpa', 'exit', 'commercial', 'drafting'];

describe('lsp: checklist for the views', function () {
  this.timeout(15000);
  let client: LspClient;
  beforeEach(async () => { client = await LspClient.start(); });
  afterEach(() => client.dispose());

  it('gives every item its family and lists the findings of its rules under it', async () => {
    const uri = await client.open('msa.md', RENEWAL_DRAFT);
    const diagnostics = await client.current(uri);
    const result = await client.request<ChecklistResult | null>(ChecklistRequest.method, { uri });
    assert.ok(result);
    for (const item of result.items) {
      assert.ok(FAMILIES.includes(item.family), `${item.id}: ${item.family}`);
      for (const finding of item.findings) assert.ok(item.ruleIds.includes(finding.ruleId), `${item.id} lists ${finding.ruleId}`);
    }
    const listed = result.items.flatMap((item) => item.findings.map((f) => `${f.ruleId}@${f.range.start.line}`)).sort();
    const published = diagnostics.map((d) => `${String(d.code)}@${d.range.start.line}`).sort();
    assert.deepEqual(listed, published, 'every published finding sits under exactly one item');
    for (const ruleId of [LONG_TERM, LONG_NOTICE]) {
      const item: ProtocolChecklistItem | undefined = result.items.find((i) => i.ruleIds.includes(ruleId));
      assert.ok(item);
      assert.equal(item.family, 'renewal');
      const finding: ChecklistFinding | undefined = item.findings.find((f) => f.ruleId === ruleId);
      assert.ok(finding, ruleId);
      assert.equal(finding.range.start.line, RENEWAL_LINE);
      assert.ok(textAt(RENEWAL_DRAFT, finding.range).length > 0);
    }
  });

  it('gives the next non-renewal deadline as of today for a dated automatic renewal', async () => {
    const uri = await client.open('dialler.md', DATED_RENEWAL_DRAFT);
    const result = await client.request<ChecklistResult | null>(ChecklistRequest.method, { uri });
    assert.ok(result?.upcomingDeadline);
    const { upcomingDeadline } = result;
    // The draft's terms end on the last day of February; notice is due 90 days before each end.
    assert.ok(['2028-11-30', '2029-11-30', '2030-11-30'].includes(upcomingDeadline.noticeDue) || upcomingDeadline.noticeDue > '2030-11-30', upcomingDeadline.noticeDue);
    assert.equal(upcomingDeadline.passed, false);
    assert.match(upcomingDeadline.description, /notice due by \d{1,2} \w{3} \d{4} — 90 days before the (initial|renewal) term ends on/);
    assert.match(upcomingDeadline.label, /^\d{1,2} \w{3} \d{4}$/);
  });

  it('gives no deadline when the draft leaves out the effective date', async () => {
    const uri = await client.open('undated.md', UNDATED_RENEWAL_DRAFT);
    const result = await client.request<ChecklistResult | null>(ChecklistRequest.method, { uri });
    assert.ok(result);
    assert.equal(result.upcomingDeadline, null);
    assert.equal(result.keyTerms.renewal?.noticeDeadline?.status, 'incomplete');
  });
});
