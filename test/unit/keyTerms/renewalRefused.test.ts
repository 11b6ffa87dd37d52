import assert from 'node:assert/strict';
import { review } from '../../../server/src/engine/review';

// Made-up sentences: a renewal the draft refuses is never read as a renewal it grants.
const renewal = (text: string) => review(text, { format: 'plaintext' }).keyTerms.renewal ?? null;
const HEAD = 'The initial term of this Agreement is two (2) years. ';

describe('key terms: refused renewals (clause layer)', () => {
  for (const text of [
    'This Agreement shall not renew automatically for successive one (1) year terms.',
    'Neither party may extend this Agreement for additional one (1) year periods.',
    'In no event shall this Agreement be renewed for successive one-year terms.',
  ]) {
    it(`reads no renewal in: ${text}`, () => assert.equal(renewal(HEAD + text), null));
  }

  it('a cap on the number of renewals still grants the renewal', () => {
    const r = renewal(`${HEAD}This Agreement shall renew for successive one (1) year terms but shall not be renewed for more than three such terms.`);
    assert.ok(r);
    assert.equal(r.automatic, true);
    assert.equal(r.termMonths, 12);
  });

  it('an automatic renewal with a notice to stop it is still read', () => {
    const r = renewal(`${HEAD}This Agreement shall automatically renew for successive one (1) year terms unless either party gives ninety (90) days' written notice of non-renewal.`);
    assert.ok(r);
    assert.equal(r.automatic, true);
    assert.equal(r.noticeDays, 90);
  });
});
