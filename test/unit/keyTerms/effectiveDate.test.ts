import assert from 'node:assert/strict';
import { parseContract } from '../../../server/src/engine/parse';
import { readEffectiveDate } from '../../../server/src/engine/keyTerms/effectiveDate';

// [draft, effective date]: phrasings from CUAD contracts, shortened. The more
// explicit wording wins wherever it sits; a date that belongs to another
// document or to the filing stamp never does.
const ROWS: readonly (readonly [string, string | null])[] = [
  ['This Agreement is entered into as of March 1, 2026 (the "Effective Date").', '2026-03-01'],
  ['This Promotion Agreement ("Agreement") is entered into effective September 10, 2015 between A and B.', '2015-09-10'],
  ['This Business Affiliate Agreement ("Agreement") dated January 28, 2005, effective as of October 15, 2004, is between A and B.', '2004-10-15'],
  ['THIS AGREEMENT made this 5th day of December, 2007, between A and B.\n\n1. Term. This Agreement is executed in duplicate to be effective January 1, 2008.', '2008-01-01'],
  ['This Agreement is made as of April 6, 1999 by A and B.\n\n2. Term. The term of this Agreement shall commence upon April 1, 1999 and shall continue for six (6) months.', '1999-04-01'],
  ['This Agreement is made as of March 18, 2003 between A and B.\n\n1.9 "EFFECTIVE DATE" means 12:01 a.m. Eastern Standard Time on March 3, 2003.', '2003-03-03'],
  ['1. "Commencement Date" means: 1st January 2013.', '2013-01-01'],
  ['This Agreement is made and effective as of1 August 2019 by A and B.', '2019-08-01'],
  ['This Agreement is made and entered into on the 20t h day of November, 2018 by A and B.', '2018-11-20'],
  ['This Turn - Key Manufacturing Agreement (the "Agreement") is effective as of the 1.4.2011 by and between A and B.', '2011-04-01'],
  ['WHEREAS, the parties have entered into that certain Mutual Non-Disclosure Agreement dated as of January 18, 2018 (the "NDA").\n\nThis Agreement is made by A and B.', null],
  ['This Agreement is made by A and B. The Mutual Confidentiality Agreement between the Parties, which was effective July 17, 2009, is superseded.', null],
  ['Source: ACME INC, 8-K, 12/3/2018\n\nThis Agreement is made by A and B.', null],
  ['"Effective Date" means the date of last signature on this Agreement.\n\nIN WITNESS WHEREOF the parties sign.\n\nDate: 4/24/2018 Date: 04/25/2018', '2018-04-25'],
  ['Prices increase effective January 1, 2027.', null],
];

describe('key terms: effective date', () => {
  for (const [text, expected] of ROWS) {
    it(JSON.stringify(text.slice(0, 90)), () => {
      assert.equal(readEffectiveDate(parseContract(text, 'plaintext'))?.iso ?? null, expected);
    });
  }
});
