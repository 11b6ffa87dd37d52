import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { review } from '../../../server/src/engine/review';

// Two whole made-up drafts in the style of published standard terms (cover-page fields in
// HTML spans, a DPA left to its own paper), read by hand and pinned here: what each
// states, and the findings a buyer should see on them.
const read = (file: string) => review(readFileSync(join(__dirname, '../../fixtures/wholeDrafts', file), 'utf8'), { format: 'markdown' });

describe('whole made-up drafts: data protection and exit', () => {
  it('reads the DPA: list, change notice with objection, 72-hour breach notice, return or delete, named laws; no residency, audits by report only', () => {
    const { kind, keyTerms, findings } = read('data-processing-addendum.md');
    assert.equal(kind, 'dpa');
    const dpa = keyTerms.dpa;
    assert.ok(dpa);
    assert.equal(dpa.mutable, false);
    assert.equal(dpa.subprocessorList, true);
    // "at least 10 business days" before a new subprocessor: two calendar weeks.
    assert.equal(dpa.subprocessorChangeNoticeDays, 14);
    assert.equal(dpa.objectionRight, true);
    assert.equal(dpa.breachNoticeHours, 72);
    assert.equal(dpa.auditRights, 'reports-only');
    assert.equal(dpa.deletionOrReturn, true);
    assert.deepEqual([...dpa.residency], []);
    for (const law of ['GDPR', 'UK GDPR', 'Swiss FADP']) assert.ok(dpa.laws.includes(law), law);
    assert.deepEqual(findings.map((f) => f.ruleId).sort(), ['dpa/no-audit-rights', 'dpa/no-data-residency']);
  });

  it('reads the service agreement: a separate DPA by reference, no export right, access ending at termination, deletion on request is not access', () => {
    const { kind, keyTerms, findings } = read('hosted-service-agreement.md');
    assert.equal(kind, 'msa');
    assert.equal(keyTerms.dpa?.presentAs, 'reference');
    const exit = keyTerms.exit;
    assert.ok(exit);
    assert.equal(exit.dataExport, false);
    assert.equal(exit.postTerminationAccessDays, 0);
    assert.equal(exit.transitionAssistance, false);
    const ids = findings.map((f) => f.ruleId);
    for (const id of ['exit/no-data-export', 'exit/no-transition-assistance', 'exit/short-post-termination-access']) assert.ok(ids.includes(id), id);
    // The DPA lives in its own paper, so its elements are not reported missing here.
    assert.equal(ids.some((id) => id.startsWith('dpa/')), false, ids.join(' '));
  });
});
