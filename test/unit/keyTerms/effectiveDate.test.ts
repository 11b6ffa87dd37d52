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
  ['2. "Commencement Date" means: 1st February 2014.', '2014-02-01'],
  ['This Agreement is made and effective as of1 August 2019 by A and B.', '2019-08-01'],
  ['This Agreement is made and entered into on the 20t h day of November, 2018 by A and B.', '2018-11-20'],
  ['This Turn - Key Manufacturing Agreement (the "Agreement") is effective as of the 1.4.2011 by and between A and B.', '2011-04-01'],
  ['WHEREAS, the parties have entered into that certain Mutual Non-Disclosure Agreement dated as of January 18, 2018 (the "NDA").\n\nThis Agreement is made by A and B.', null],
  ['This Agreement is made by A and B. The Mutual Confidentiality Agreement between the Parties, which was effective July 17, 2009, is superseded.', null],
  ['Source: ACME INC, 8-K, 12/3/2018\n\nThis Agreement is made by A and B.', null],
  ['"Effective Date" means the date of last signature on this Agreement.\n\nIN WITNESS WHEREOF the parties sign.\n\nDate: 4/24/2018 Date: 04/25/2018', '2018-04-25'],
  ['Prices increase effective January 1, 2027.', null],
  // The start of the term named after its label, with "will be" or a scope in between.
  ['1.4 Contract Term. The commencement date for this contract will be 3rd May 2021.', '2021-05-03'],
  ['Support terms.\n\nCOMMENCEMENT DATE FOR SUPPORT UNDER THIS SCHEDULE: JUNE 1, 2022', '2022-06-01'],
  // A cover page with the label on a line of its own and the date under it wins over a later amendment's date.
  ['OUTSOURCING AGREEMENT\n\n      EFFECTIVE DATE\n\n      MARCH 3, 2004\n\nOnce signed by both parties the effective date of this amendment is May 1, 2005.', '2004-03-03'],
  ['The Effective Date is set out below.\n\nNotes\n\nMARCH 3, 2004', null],
  // A draft of headings alone has no sentences: reading it must not throw.
  ['EXPIRATION DATE: JUNE 1, 2022', null],
  // Starting on signature: the latest date of the first set of signature blocks, wherever they sit.
  ['Acme Corp. Beta LLC\n\nTitle Title 2/10/2023 02/14/2023 Date Date\n\n1. Definitions. "Effective Date" means the date of last signature on this Agreement.', '2023-02-14'],
  [`6.1 The term of this Agreement will begin on the date this Agreement is signed by the last signatory ("Effective Date").\n\nBy signing below the parties agree. Name: A Title: CEO Date: March 02, 2021 Date: March 05, 2021\n\nAppendix A. ${'The work plan sets out each phase of the project. '.repeat(14)}Name: A Date: March 20, 2021`, '2021-03-05'],
  ['a) Term: This Agreement shall enter into effect on the date it is signed by both parties as shown below.\n\nIn Witness Whereof the parties sign. Signature Name Title Toronto, ON 12 OCT 2016 Place Date', '2016-10-12'],
  ['This Agreement is effective as of the later of the dates beneath the signatures below.\n\nPage 2 of 9 Reseller Agreement 01.02.2020\n\nIN WITNESS WHEREOF: Date: 1/10/2020 Date: 1/12/2020', '2020-01-12'],
  ['The Licensee shall take all steps to effect the transfer of the equipment as set forth below.\n\nThe Supply Agreement dated March 10, 2016 remains in force.', null],
  // A closing line that dates the agreement, wherever it sits.
  ['This Agreement is made by A and B.\n\n14.6 This Agreement is dated April 29, 2010.', '2010-04-29'],
  ['This agreement is between A and B.\n\nSigned and effective this 25th day of May, 1999.', '1999-05-25'],
  ['8. Term of Joint Venture. The Joint Venture shall commence on the 1st of March, 2003, and shall run for a year.', '2003-03-01'],
  ['2. Duration. It shall be effective on 06 October 2000 and shall have a duration of two years.', '2000-10-06'],
  // Dates that belong to another document or to another noun.
  ['AGENCY AGREEMENT\n\nMay 14, 2014\n\nThe Agent shall advise the parties on the letter agreements, dated October 7, 2013, among them.', '2014-05-14'],
  ['This contract forms part of the original PURCHASE CONTRACT, made effective on 06 April 1998.', null],
  ['AGENCY AGREEMENT\n\nMay 25, 2016\n\nThe preferred stock of this offering will be redeemable at the option of holders of the Series A Preferred Stock beginning October 21, 2022.', '2016-05-25'],
  ['2. Term. The effective term is 12 months beginning March 1, 2005 and ending February 28, 2006.', '2005-03-01'],
  // "the date first written above" with no date above (a cover lost in the copy): the signing date.
  ['THIS AGREEMENT is entered into and effective as of the date first written above by A and B.\n\nIN WITNESS WHEREOF the parties sign. A: Date: July 16, 2012 B: Date: July 16, 2012', '2012-07-16'],
  ['Services Agreement\n\nSource: ACME INC, 8-K, 12/3/2018\n\nThe parties executed it as of the date first written above.', null],
  // A draft that never refers to a date of its own is not dated by the signature blocks.
  ['The Supplier shall ship the goods.\n\nIN WITNESS WHEREOF the parties sign. Date: July 16, 2012', null],
];

describe('key terms: effective date', () => {
  for (const [text, expected] of ROWS) {
    it(JSON.stringify(text.slice(0, 90)), () => {
      assert.equal(readEffectiveDate(parseContract(text, 'plaintext'))?.iso ?? null, expected);
    });
  }
});
