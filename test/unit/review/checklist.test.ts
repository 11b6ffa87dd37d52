import assert from 'node:assert/strict';
import { review, type ReviewOptions } from '../../../server/src/engine/review';
import { CLEAN_DRAFT, RENEWAL_DRAFT, SLA_DRAFT, itemsUnderTest, underTest } from './drafts';

// The checklist a buyer reads: one item per topic, met / weak / missing / not applicable.
// The renewal and drafting items are never 'missing': that state comes from
// "missing-…"/"no-…" rules, and none of those belongs to these items.

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

  it('kind given as sla: the renewal traps of an MSA text are not applicable', () => {
    assert.deepEqual(states(RENEWAL_DRAFT, { kind: 'sla' }), {
      'renewal-term': 'not-applicable',
      'renewal-notice': 'not-applicable',
      'renewal-price': 'not-applicable',
      'drafting-numbers': 'weak',
    });
  });
});
