import assert from 'node:assert/strict';
import { review } from '../../../server/src/engine/review';

// Made-up drafts: a renewal that names its period ("a Renewal Term") and sizes it in another sentence or in the
// parenthetical that defines it.
const renewal = (text: string) => review(text, { format: 'plaintext' }).keyTerms.renewal;

describe('key terms: a renewal period sized where the draft names it', () => {
  it('"Each Renewal Term shall be one (1) year" sizes "renews … for a Renewal Term"', () => {
    const r = renewal('Each Renewal Term shall be one (1) year. This Agreement renews automatically at the end of each term for a Renewal Term unless a party gives notice of non-renewal sixty (60) days before the term ends.');
    assert.equal(r?.automatic, true);
    assert.equal(r?.termMonths, 12);
    assert.equal(r?.noticeDays, 60);
  });

  it('a length given with the definition, read in a later sentence that only names it', () => {
    const r = renewal('The Initial Term is three (3) years. Extension Periods are eighteen (18) months each. After the Initial Term, this Agreement is extended automatically by an Extension Period unless Customer objects in writing ninety (90) days before the Initial Term ends.');
    assert.equal(r?.termMonths, 18);
  });

  it('a length that belongs to another sentence\'s subject is not taken', () => {
    const r = renewal('The Renewal Term fee schedule is attached as Exhibit B. This Agreement renews automatically for a Renewal Term unless either party gives thirty (30) days\' notice. Payment is due within forty-five (45) days.');
    assert.equal(r?.automatic, true);
    assert.equal(r?.termMonths, null);
  });

  it('a notice inside "unless, …, a party notifies the other that it will not renew" does not refuse the renewal', () => {
    for (const text of [
      'The Subscription renews automatically for one-year periods unless, at least sixty (60) days before a renewal date, either party notifies the other that it will not renew.',
      'The Subscription renews automatically for one-year periods unless either party notifies the other, at least sixty (60) days before a renewal date, that it will not renew.',
    ]) {
      const r = renewal(text);
      assert.equal(r?.automatic, true, text);
      assert.equal(r?.termMonths, 12, text);
      assert.equal(r?.noticeDays, 60, text);
    }
  });
});

