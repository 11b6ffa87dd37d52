import assert from 'node:assert/strict';
import { rolesOf } from '../../../server/src/engine/keyTerms/durationRoles';
import { review } from '../../../server/src/engine/review';

// Which part a duration plays in a term sentence: the first term, a renewal
// length, or a notice period.

function rolesIn(sentence: string, durationText: string) {
  const { contract } = review(sentence, { format: 'plaintext' });
  const d = contract.facts.durations.find((f) => sentence.slice(f.span.start, f.span.end) === durationText);
  assert.ok(d, `no duration "${durationText}" read`);
  return rolesOf(sentence.toLowerCase(), 0, d);
}

describe('key terms: the role of a duration', () => {
  it('a length that starts on the effective date is the first term', () => {
    for (const start of ['commencing upon the Effective Date', 'beginning on the Effective Date', 'starting from the date of signature', 'from the Effective Date']) {
      assert.equal(rolesIn(`This Agreement shall be for a term of five (5) years ${start} hereof.`, 'five (5) years').initial, true, start);
    }
  });

  it('a renewal length and a notice period are not the first term', () => {
    const sentence = 'This Agreement shall renew for successive one (1) year terms unless either party gives notice at least sixty (60) days before the end of the term.';
    assert.equal(rolesIn(sentence, 'one (1) year').initial, false);
    assert.equal(rolesIn(sentence, 'sixty (60) days').notice, true);
  });
});
