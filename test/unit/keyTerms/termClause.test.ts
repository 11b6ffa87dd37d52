import assert from 'node:assert/strict';
import { parseContract } from '../../../server/src/engine/parse';
import { readTermEnd } from '../../../server/src/engine/keyTerms/termClause';

// [draft, effective date, expected end ('perpetual', 'event', an ISO date or null)]: made-up drafts in the shapes of
// term clauses seen in contracts.
const ROWS: readonly (readonly [string, string | null, string | null])[] = [
  ['8.1 Term. This Agreement shall be effective as of the Effective Date and shall continue in effect through December 31, 2021 and any Renewal Term.', '2018-08-21', '2021-12-31'],
  ['12.1 Term. This Agreement shall become effective as of the Effective Date and shall extend until the four (4) year anniversary of the Effective Date.', '2018-09-26', '2022-09-25'],
  ['(a) The initial term of this Agreement shall commence on the Effective Date and end on the fifth anniversary of the Effective Date.', '1999-04-27', '2004-04-26'],
  ['3. TERM. The term of the Franchise shall be fifteen (15) years, commencing on January 1, 2017.', '2016-10-04', '2031-12-31'],
  ['16.1 The initial term of this Agreement shall commence on the Effective Date and extend for three (3) years thereafter ("INITIAL TERM"), with an automatic renewal for an indefinite period of time.', '2002-01-21', '2005-01-20'],
  ['6. Term and Termination. This Agreement will commence on the Effective Date and will continue until termination as set out below.', '2019-03-11', 'perpetual'],
  ['18.1 Term. This Agreement shall become effective as of the Effective Date and shall continue in full force and effect until terminated pursuant to this Article 18.', null, 'perpetual'],
  ['7.Term of this Agreement The term of this Agreement will commence on the date that the Partner Sign-up Form is accepted by Loxley and will end when terminated by either party.', '2008-02-14', 'perpetual'],
  ['(a) This Agreement and the license granted under this Agreement shall remain in effect perpetually as long as fees are paid.', null, 'perpetual'],
  // subjects beyond "this Agreement": a named agreement, a joint venture, "It" opening a term section, a labelled project term
  ['4.1 This Development Agreement will begin on the Effective Date and continue for four (4) years unless the parties extend the term by mutual written agreement.', '2011-05-02', '2015-05-01'],
  ['8. Term of Joint Venture. The Joint Venture shall commence on the 1st of March, 2003, and shall be effective until February 28, 2004 unless extended by written agreement.', null, '2004-02-28'],
  ['2. Duration. It shall be effective on 06 October 2000 and shall have a duration of two years.', null, '2002-10-05'],
  ['Terms of the project: 10 weeks from March 5, 2019 to May 10, 2019', null, '2019-05-10'],
  // a first term that ends on an event has no fixed end date
  ['13.1 This Agreement shall become effective on the Effective Date and shall remain in effect until the expiration of the last Royalty Term.', '2019-01-01', 'event'],
  ['9. Term. This Agreement shall terminate automatically upon the completion of the Offering.', '2009-06-09', 'event'],
  ['9. Term. This Agreement shall continue until the expiration of the Initial Term.', '2009-06-09', null],
  ['Despite anything else in this Agreement, this Agreement shall terminate upon the Borrower\'s repayment in full of the Loan to the Lender.', '2011-02-01', 'event'],
  ['The obligations of the Agent under this Agreement shall terminate upon the completion of the Offering.', '2009-06-09', null],
  ['This Agreement may be terminated by Acme before the Closing; provided that this Agreement shall automatically terminate upon the termination of the Merger Agreement.', '2019-06-09', null],
  // present-tense openings, "the term of validity", an enumerator after the subject, a period "concluding" on a date
  ['3.1 This contract begins on the Effective Date and continues for an initial term of two (2) years.', '2020-05-01', '2022-04-30'],
  ['Save as agreed otherwise, the term of the validity of this Agreement shall be one year from the effective date.', '2021-03-10', '2022-03-09'],
  ['This Agreement (a) shall commence on the Effective Date and shall continue for a period of five (5) years from such date.', '2010-01-15', '2015-01-14'],
  ['A. "Contract Period" shall mean the period commencing on March 1, 2015 and concluding February 28, 2017, unless extended as provided herein.', null, '2017-02-28'],
  // a term that starts on a named day the draft dates elsewhere counts from that day; an undated one from the effective date
  ['The go-live date of the platform shall be March 3, 2020.\n\n9. Term. The term of this Agreement shall be two (2) years. The Term will start from the Go-Live Date.', '2019-12-01', '2022-03-02'],
  ['9. Term. The term of this Agreement shall be two (2) years. The Term will start from the Go-Live Date.', '2019-12-01', '2021-11-30'],
  // a term stated before a proviso about breaches is still the term
  ['This Agreement will take effect on the Effective Date and remain in effect for a period of 2 years; provided, that the hosting services shall end upon any breach by Client that is not cured.', '2001-07-01', '2003-06-30'],
  // the end named first governs over a length in a later proviso
  ['This Agreement shall begin on the Effective Date and continue until the termination of the Alliance Agreement; provided, however, that either party may end it after three (3) years.', '2012-02-01', 'perpetual'],
  ['This Agreement will be effective on the Effective Date and ending on the expiration or termination of all Service Schedules.', '2004-01-01', 'event'],
  ['The term of this Agreement will begin on the Launch Date and will not end until the Sponsor has received all of the promised impressions.', '1999-01-01', 'event'],
  // "until the earlier of" with a length inside: the length is the answer
  ['This Agreement shall remain in effect until the earlier of (x) three (3) years from the Effective Date and (y) the closing of the Merger.', '2013-09-24', '2016-09-23'],
  // not the agreement's term: a list of causes, a defined period of something else, a tail period ending on the earlier of
  ['This Agreement shall terminate immediately upon the occurrence of any of the following: (a) the death of the Consultant; (b) one hundred twenty (120) days after written notice.', '2020-03-01', null],
  ['(o) "Notice Period" shall mean the period of six (6) months after the date on which either party gives notice of termination.', '2014-01-20', null],
  ['1.6 "Tail Period" shall mean the period commencing on the day after the last day of the Term and ending on the earlier of (i) one year and (ii) a launch.', '2018-09-26', null],
  // mentions of the term are not term clauses
  ['Vendor will deliver ten thousand impressions during the first year of the term of this Agreement, in two (2) separate placements each lasting six (6) months.', '1998-03-31', null],
  ['During the term of this Agreement and for a period of two (2) years following its expiration, neither party shall solicit employees.', '2005-08-22', null],
  ['Either Party may terminate this Agreement upon a material breach of a term of this Agreement that remains uncured 30 days after notice.', '2000-03-15', null],
  ['After the Initial Term, this Agreement shall continue on a month to month basis until terminated by either party.', '2016-02-17', null],
  // the agreement under the short name it gives itself; another agreement's short name is not this agreement
  ['THIS SUPPLY COOPERATION AGREEMENT (the "SCA") is made on May 2, 2017.\n\n5. This SCA shall expire upon the earlier of (i) the second anniversary of the Effective Date and (ii) the date all units are delivered.', '2017-05-02', '2019-05-01'],
  ['This Work Order is issued under the Master Services Agreement (the "MSA").\n\n5. This MSA shall expire on June 30, 2021.', '2020-01-01', null],
  // a term that runs for a period the draft defines with its end date
  ['1.4 "Service Period" means the period from June 1, 2019 through May 31, 2020.\n\n4. The Agreement shall commence on the Effective Date and continue in effect for the Service Period, unless terminated earlier.', '2019-05-20', '2020-05-31'],
  ['1.4 "Campaign Period" means Jan. 5th 2021 through to December 31, 2021. 1.5 "Fees" means the sums in Schedule 2.\n\n4. This Agreement shall commence on the Effective Date and continue for the Campaign Period.', '2021-01-05', '2021-12-31'],
  ['1.4 "Service Period" means each month in which Services are provided.\n\n4. The Agreement shall commence on the Effective Date and continue in effect for the Service Period.', '2019-05-20', null],
  // contract years counted from the effective date
  ['1.9 "Year" means each period of twelve (12) consecutive months commencing on the Effective Date.\n\n10.1 The term of this Agreement will commence on the Effective Date and will end automatically upon the end of Year 2.', '2001-03-15', '2003-03-14'],
  ['1.9 "Year" means a calendar year.\n\n10.1 The term of this Agreement will commence on the Effective Date and will end automatically upon the end of Year 2.', '2001-03-15', null],
  // a length counted from an event the draft does not date
  ['This Agreement shall commence on the Effective Date and continue in force for a period of ten (10) years from the first commercial sale of the Product.', '2008-04-01', 'event'],
  ['This Agreement shall commence on the Effective Date and continue in force for a period of ten (10) years from the Effective Date.', '2008-04-01', '2018-03-31'],
  // a term that ends some days after either party's notice runs until terminated
  ['4. Term. The term of this Agreement shall commence on the Effective Date and shall end on the 90th day following a written notice from one party to the other.', '2017-06-01', 'perpetual'],
];

describe('key terms: the term clause and the end of the first term', () => {
  for (const [text, effective, expected] of ROWS) {
    it(JSON.stringify(text.slice(0, 90)), () => {
      const end = readTermEnd(parseContract(text, 'plaintext'), effective);
      assert.equal(end === null ? null : end.perpetual ? 'perpetual' : end.basis === 'event' ? 'event' : end.iso, expected);
    });
  }
});
