import assert from 'node:assert/strict';
import { describeKeyTerms } from '../../../server/src/cli/format/text';
import { review } from '../../../server/src/engine/review';

// A renewal both parties must agree to binds the buyer to nothing; one a single
// party may choose, or one that happens unless stopped, does. The checklist and
// the CLI say which it is.

const renewalOf = (text: string) => review(text, { format: 'plaintext' }).keyTerms.renewal;
const renewalItem = (text: string) => review(text, { format: 'plaintext' }).checklist.find((i) => i.id === 'renewal-term');

describe('renewal key terms: renewals that need both parties', () => {
  const rows: Array<[string, boolean, boolean]> = [
    // [sentence, automatic, byAgreement]
    ['Thereafter, this Agreement may be renewed for successive one (1) year terms by mutual written agreement of the parties.', false, true],
    ['The Term may be extended for one additional year upon the written agreement of both parties.', false, true],
    ['Customer may, at its option, renew this Agreement for two (2) additional one-year terms by written notice given sixty (60) days before the end of the term.', false, false],
    ['Licensee shall have the option to extend the Term for one (1) additional three (3) year period, on terms the parties shall negotiate in good faith.', false, false],
    ['This Agreement shall automatically renew for successive one (1) year terms unless either party gives notice of non-renewal at least ninety (90) days before the end of the then-current term.', true, false],
  ];
  for (const [text, automatic, byAgreement] of rows) {
    it(`${byAgreement ? 'both parties' : automatic ? 'automatic' : 'one party'}: ${text.slice(0, 70)}…`, () => {
      const renewal = renewalOf(text);
      assert.ok(renewal, 'a renewal is read');
      assert.equal(renewal.automatic, automatic);
      assert.equal(renewal.byAgreement, byAgreement);
    });
  }

  it('the checklist and the CLI say who decides', () => {
    const mutual = 'This Agreement may be renewed for successive one (1) year terms by mutual written agreement of the parties.';
    const option = 'Customer may, at its option, renew this Agreement for one (1) additional year by written notice to Provider.';
    assert.match(renewalItem(mutual)?.detail ?? '', /^Renews only if both parties agree, for 1 year/);
    assert.match(renewalItem(option)?.detail ?? '', /^Renews at one party's option for 1 year/);
    assert.match(describeKeyTerms('d.txt', review(mutual, { format: 'plaintext' }).keyTerms) ?? '', /renews only if both parties agree for 1 year/);
  });
});
