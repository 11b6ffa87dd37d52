import assert from 'node:assert/strict';
import { factsOf } from './project';

// [input, [span text, ISO date] of each date]. Every row is made up; the second group copies the shapes
// (OCR splits, odd spacing, cut-off excerpts) of dates seen in contracts.
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
  // shapes seen in contracts
  ['Lease") is signed as of October 3rd, 2021 (the "Start Da', [['October 3rd, 2021', '2021-10-03']]],
  [') takes effect as of the 30th day of April, 2001 (the', [['30th day of April, 2001', '2001-04-30']]],
  ['Agreed and in force this 12th day of August, 1998.', [['12th day of August, 1998', '1998-08-12']]],
  ['with a Start Date of July 22 , 2012, as revised on', [['July 22 , 2012', '2012-07-22']]],
  ['Private and Confidential Page 4 June 2006 Field Servi', [['4 June 2006', '2006-06-04']]],
  ['Role: Head of Purchasing Date: 7/19/98', [['7/19/98', '1998-07-19']]],
  ['(2) 1st Royalty Period (9/1/96 - 2/27/98):', [['9/1/96', '1996-09-01'], ['2/27/98', '1998-02-27']]],
  ['Registry (NRB) Good from 2009-05-14 55120934 B', [['2009-05-14', '2009-05-14']]],
  ['ry 29 and February 29, 2000. Should the', [['February 29, 2000', '2000-02-29']]],
  ['is made and effective as of1 August 2019 by', [['1 August 2019', '2019-08-01']]],
  ['signed on the 18t h day of September, 2017', [['18t h day of September, 2017', '2017-09-18']]],
  ['THIS LEASE is signed this 16 th day of June, 2011', [['16 th day of June, 2011', '2011-06-16']]],
  ['This Order is signed this 1s t day of December 2007', [['1s t day of December 2007', '2007-12-01']]],
  ['is entered into on April. 1st 2019', [['April. 1st 2019', '2019-04-01']]],
  ['will start on the 1st of July, 2004,', [['1st of July, 2004', '2004-07-01']]],
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
