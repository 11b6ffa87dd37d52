import assert from 'node:assert/strict';
import { review } from '../../../server/src/engine/review';

// Governing-law sentences as CUAD contracts write them (spans from the development split).
const CASES: ReadonlyArray<readonly [string, string | null]> = [
  ['This Contract shall be governed by and interpreted under the laws of the State of New York without giving effect to its conflict of laws principles.', 'New York'],
  ['This Contract shall be governed by, and interpreted under the laws of Spain.', 'Spain'],
  ['This agreement and any dispute or claim arising out of or in connection with it shall be governed by and construed in accordance with Ohio law.', 'Ohio'],
  ['This Contract is governed by and interpreted in line with English law, except where this Contract says otherwise.', 'England'],
  ['Regardless of the place of execution hereof, this Agreement shall be governed by and construed exclusively in accordance with the laws and decisions of the State of Michigan.', 'Michigan'],
  ['This Contract shall be governed by and interpreted under the laws, leaving aside choice of law rules, of the state of Florida.', 'Florida'],
  ['THIS AGREEMENT SHALL BE GOVERNED BY THE LAWS OF THE STATE OF DELAWARE WITHOUT REGARD TO ITS CONFLICT OF LAWS RULES.', 'Delaware'],
  ['This Contract is governed by, and will be interpreted under, the laws of British Columbia, Canada.', 'British Columbia'],
  ['This Agreement shall be governed by the laws of England and Wales.', 'England and Wales'],
  ['The validity, performance and reading of this Contract shall be governed by the laws of PRC.', "People's Republic of China"],
  ['This Agreement has been made in the State of California and shall be governed by and construed in accordance with the laws thereof.', 'California'],
  ['This Agreement shall be governed by the laws of the United States of America and of the State of Texas.', 'Texas'],
  ['The laws of the State of New York (excluding any laws that direct the application of another jurisdiction\'s law) govern all matters arising out of or relating to this Agreement.', 'New York'],
  ['THE INTERPRETATION AND PERFORMANCE OF THIS CONTRACT SHALL BE IN ACCORDANCE WITH AND CONTROLLED BY THE LAWS OF THE STATE OF TEXAS.', 'Texas'],
  ['1) The laws of the Federal Republic of Germany shall apply to the Agreement and any legal relations thereof.', 'Germany'],
  ['Provider is a corporation organized under the laws of the State of Nevada.', null],
  ['Provider is a corporation organized in accordance with the laws of the State of Nevada.', null],
  ['This Agreement shall be governed by and construed in accordance with the substantive Laws of the [* * *].', null],
];

describe('key terms: governing law', () => {
  for (const [text, expected] of CASES) {
    it(`${expected ?? 'none'}: ${text.slice(0, 70)}`, () => {
      const law = review(text, { format: 'plaintext' }).keyTerms.governingLaw;
      assert.equal(law?.jurisdiction ?? null, expected);
      if (law) assert.ok(law.span.start >= 0 && law.span.end <= text.length);
    });
  }

  it('prefers the sentence about this agreement over an opinion about other laws', () => {
    const text = 'Such counsel\'s opinion shall be limited to matters governed by federal laws and by the laws of Tennessee.\n\nThis Agreement shall be governed by the laws of the State of New York.';
    const law = review(text, { format: 'plaintext' }).keyTerms.governingLaw;
    assert.equal(law?.jurisdiction, 'New York');
  });
});
