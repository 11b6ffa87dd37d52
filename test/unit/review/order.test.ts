import assert from 'node:assert/strict';
import { review } from '../../../server/src/engine/review';
import { RULES } from '../../../server/src/engine/rules';
import { RENEWAL_DRAFT, RENEWAL_PLAINTEXT, underTest } from './drafts';

describe('review: findings order', () => {
  for (const [name, text, format] of [['Markdown', RENEWAL_DRAFT, 'markdown'], ['plain text', RENEWAL_PLAINTEXT, 'plaintext']] as const) {
    it(`${name}: sorted by position, then by rule order`, () => {
      const found = review(text, { format }).findings;
      assert.ok(found.length >= 3);
      const ruleOrder = (id: string): number => RULES.findIndex((r) => r.meta.id === id);
      for (let i = 1; i < found.length; i++) {
        const a = found[i - 1];
        const b = found[i];
        const inOrder = a.span.start < b.span.start
          || (a.span.start === b.span.start && (a.span.end < b.span.end || (a.span.end === b.span.end && ruleOrder(a.ruleId) <= ruleOrder(b.ruleId))));
        assert.ok(inOrder, `${a.ruleId}@${a.span.start} before ${b.ruleId}@${b.span.start}`);
      }
    });
  }

  it('two rules on one line come in document order', () => {
    const ids = underTest(review(RENEWAL_DRAFT).findings).map((f) => f.ruleId);
    assert.deepEqual(ids, ['drafting/number-mismatch', 'renewal/uncapped-price-increase', 'renewal/long-renewal-term', 'renewal/long-notice-period']);
  });
});
