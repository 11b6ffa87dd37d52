import assert from 'node:assert/strict';
import { factsOf } from './project';

// [input, [span text, ISO date] of each date]. CUAD excerpts are verbatim.
const ROWS: readonly (readonly [string, readonly (readonly [string, string])[]])[] = [
  ['January 1, 2024', [['January 1, 2024', '2024-01-01']]],
  ['1 January 2024', [['1 January 2024', '2024-01-01']]],
  ['Jan. 1, 2024', [['Jan. 1, 2024', '2024-01-01']]],
  ['Sept. 30, 2023', [['Sept. 30, 2023', '2023-09-30']]],
  ['the 15th day of March, 2020', [['15th day of March, 2020', '2020-03-15']]],
  ['this first day of January, 2024', [['first day of January, 2024', '2024-01-01']]],
  ['the twenty-first day of June, 2021', [['twenty-first day of June, 2021', '2021-06-21']]],
  ['March 15th, 2020', [['March 15th, 2020', '2020-03-15']]],
  ['2024-01-31', [['2024-01-31', '2024-01-31']]],
  ['01/31/2024', [['01/31/2024', '2024-01-31']]],
  ['5/8/14', [['5/8/14', '2014-05-08']]],
  ['JANUARY 1, 2024', [['JANUARY 1, 2024', '2024-01-01']]],
  ['February 29, 2024 and February 29, 2023', [['February 29, 2024', '2024-02-29']]],
  // CUAD
  ['eement") is made as of April 14th, 2020 (the "Effectiv', [['April 14th, 2020', '2020-04-14']]],
  [') is made effective as of the 31st day of March, 2000 (the', [['31st day of March, 2000', '2000-03-31']]],
  ['Signed and effective this 25th day of May, 1999.', [['25th day of May, 1999', '1999-05-25']]],
  ['ng an Effective Date of April 15 , 2010, as amended on', [['April 15 , 2010', '2010-04-15']]],
  ['ial in Confidence Page 2 May 2004 Network Manag', [['2 May 2004', '2004-05-02']]],
  ['tle: VP Business Development Date: 6/21/99', [['6/21/99', '1999-06-21']]],
  ['(1) 1st License Year (8/1/95 - 1/30/97):', [['8/1/95', '1995-08-01'], ['1/30/97', '1997-01-30']]],
  ['Board (QSB) Valid from 2007-11-01 04798372 A', [['2007-11-01', '2007-11-01']]],
  ['ry 29 and February 29, 2000. Should the', [['February 29, 2000', '2000-02-29']]],
  ['is made and effective as of1 August 2019 by', [['1 August 2019', '2019-08-01']]],
  ['entered into on the 20t h day of November, 2018', [['20t h day of November, 2018', '2018-11-20']]],
  ['THIS AGREEMENT is made this 15 th day of July, 2010', [['15 th day of July, 2010', '2010-07-15']]],
  ['This Agreement is made this 1s t day of October 2008', [['1s t day of October 2008', '2008-10-01']]],
  ['is entered into on April. 1st 2019', [['April. 1st 2019', '2019-04-01']]],
  ['shall commence on the 1st of March, 2003,', [['1st of March, 2003', '2003-03-01']]],
  ['is entered into as of 12-23-2019', [['12-23-2019', '2019-12-23']]],
  ['is effective as of the 1.4.2011 (the', [['1.4.2011', '2011-04-01']]],
  ['dated 25.12.2019 and 12.25.2019', [['25.12.2019', '2019-12-25'], ['12.25.2019', '2019-12-25']]],
  // a first number that cannot be a month puts the day first, as outside the US
  ['Dated 29/3/18 at', [['29/3/18', '2018-03-29']]],
  ['13/01/2024', [['13/01/2024', '2024-01-13']]],
  ['shall begin on June 1,1999 and', [['June 1,1999', '1999-06-01']]],
  // negatives: impossible dates, blanks, partial dates, words that look like months
  ['Floor 6t h day', []],
  ['6t h Floor, March 2019', []],
  ['Section 1.4.2011.3 applies', []],
  ['See clause 1.4.11', []],
  ['February 30, 2024', []],
  ['13/13/2024', []],
  ['31/02/2024', []],
  ['2024-13-01', []],
  ['[●], 2024', []],
  ['____ __, 20__', []],
  ['November ___, 2006', []],
  ['Agreement June 2004', []],
  ['the Company may 5, 2020 notify', []],
  ['24/7 support', []],
];

describe('extract: dates', () => {
  for (const [input, expected] of ROWS) {
    it(JSON.stringify(input), () => {
      assert.deepEqual(factsOf(input).dates.map((d) => [d.text, d.iso]), expected);
    });
  }
});
