import assert from 'node:assert/strict';
import { review, type ReviewOptions } from '../../../server/src/engine/review';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLEAN_DRAFT, RENEWAL_DRAFT, SLA_DRAFT, itemsUnderTest, underTest } from './drafts';

// The checklist a buyer reads: one item per topic, met / weak / missing / not applicable.
// A flagged item is weak when the draft has a clause for it and missing when it has
// none; the drafting item is about the whole text, so a mismatch makes it weak.

function states(text: string, options: ReviewOptions = {}): Record<string, string> {
  return Object.fromEntries(itemsUnderTest(review(text, options).checklist).map((item) => [item.id, item.state]));
}

describe('review: checklist', () => {
  it('a draft with renewal traps: every item it touches is weak and points at the finding', () => {
    const result = review(RENEWAL_DRAFT);
    assert.deepEqual(states(RENEWAL_DRAFT), {
      'renewal-term': 'weak',
      'renewal-notice': 'weak',
      'renewal-price': 'weak',
      'drafting-numbers': 'weak',
    });
    for (const item of itemsUnderTest(result.checklist)) {
      const finding = result.findings.find((f) => item.ruleIds.includes(f.ruleId));
      assert.ok(finding, item.id);
      assert.deepEqual(item.span, finding.span, item.id);
      assert.equal(item.detail, finding.message, item.id);
    }
  });

  it('a clean draft: every item met, with what the draft says and the first deadline', () => {
    const result = review(CLEAN_DRAFT);
    assert.deepEqual(underTest(result.findings), []);
    assert.deepEqual(
      itemsUnderTest(result.checklist).map((item) => [item.id, item.state, item.detail]),
      [
        ['renewal-term', 'met', 'Renews automatically for 1 year'],
        // Effective 2026-03-01, three years, 60 days: the term ends 2029-02-28.
        ['renewal-notice', 'met', 'Notice 60 days before the term ends; first deadline 2028-12-30'],
        ['renewal-price', 'met', 'Increases capped at 3%'],
        ['drafting-numbers', 'met', 'Every number written in words matches its digits'],
      ],
    );
    for (const item of itemsUnderTest(result.checklist).slice(0, 3)) {
      assert.ok(item.span, item.id);
      assert.match(CLEAN_DRAFT.slice(item.span.start, item.span.end), /one \(1\) year|sixty \(60\) days|three percent|renewal/, item.id);
    }
  });

  it('a draft without any renewal clause: no renewal is met, notice and pricing do not apply', () => {
    const text = '# Master Subscription Agreement\n\n## Term\n\nThis Agreement runs for two (2) years from the Effective Date and then expires.\n';
    assert.deepEqual(states(text), {
      'renewal-term': 'met',
      'renewal-notice': 'not-applicable',
      'renewal-price': 'not-applicable',
      'drafting-numbers': 'met',
    });
  });

  it('an SLA-only document: renewal items are not applicable, drafting still applies', () => {
    const result = review(SLA_DRAFT);
    assert.equal(result.kind, 'sla');
    assert.deepEqual(states(SLA_DRAFT), {
      'renewal-term': 'not-applicable',
      'renewal-notice': 'not-applicable',
      'renewal-price': 'not-applicable',
      'drafting-numbers': 'met',
    });
    for (const item of itemsUnderTest(result.checklist).filter((i) => i.state === 'not-applicable')) {
      assert.equal(item.span, null);
      assert.match(item.detail, /service level agreement/);
    }
  });

  it('kind given as sla: the renewal traps the text states are still judged (the kind excuses only absent terms)', () => {
    assert.deepEqual(states(RENEWAL_DRAFT, { kind: 'sla' }), {
      'renewal-term': 'weak',
      'renewal-notice': 'weak',
      'renewal-price': 'weak',
      'drafting-numbers': 'weak',
    });
  });

  it('a flagged clause the draft has is weak, a flagged absence is missing (audit rights)', () => {
    const dir = join(__dirname, '../../fixtures/dpa/no-audit-rights/invalid');
    const auditItem = (file: string) => review(readFileSync(join(dir, file), 'utf8'), { format: file.endsWith('.md') ? 'markdown' : 'plaintext' })
      .checklist.find((i) => i.id === 'dpa-audit');
    const reportsOnly = auditItem('reports-only.md');
    assert.equal(reportsOnly?.state, 'weak', 'audits limited to the vendor\'s reports are an audit clause that falls short');
    assert.equal(auditItem('no-audit-inline.txt')?.state, 'missing');
  });
});
