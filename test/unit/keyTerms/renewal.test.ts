import assert from 'node:assert/strict';
import { review } from '../../../server/src/engine/review';
import type { RenewalTerms } from '../../../server/src/engine/keyTerms/types';

// Renewal and non-renewal notice sentences copied verbatim from CUAD contracts
// (the "Renewal Term" and "Notice Period To Terminate Renewal" spans of
// labels_selected.csv), each reviewed alone as a plain-text draft. The expected
// values are a reader's reading of the sentence, not the engine's output:
// months of notice count as 365/12 days, rounded (six months → 183 days).

type Row = readonly [sentence: string, automatic: boolean, termMonths: number | null, termBasis: RenewalTerms['termBasis'], noticeDays: number | null];

const READINGS: readonly Row[] = [
  ["At Rogers' option, this Agreement shall renew for a subsequent term of two (2) years on the terms and conditions herein (the \"Renewal Term\").", false, 24, 'stated', null],
  ["This Agreement shall automatically continue following the Initial Term, for an additional period of three (3) years, unless a party to this Agreement provides written notice of termination to the other parties at least sixty (60) days prior to the expiration of the Initial Term or this Agreement (\"Extended Term\" and, with the Initial Term, \"Term\").", true, 36, 'stated', 60],
  ["Upon expiration of the Initial Term of this Agreement, this Agreement will automatically renew for additional, successive five (5) year periods unless either Party provides the other Party written notice of its desire to terminate at least one hundred twenty (120) days prior to the end of the Initial Term or any renewal.", true, 60, 'stated', 120],
  ["The term of this Agreement shall be for one (1) year commencing on the Effective Date and automatically renewing annually thereafter, unless either party provides a thirty-day notice of written termination one to the other (\"Term\").", true, 12, 'stated', 30],
  ["The initial term of this Agreement shall be for a period of four (4) years, commencing on the Effective Date, which term may be extended for up to three (3) years by written agreement of both Parties prior to the expiration date of the initial term or any extension thereof (collectively, the \"Term\").", false, 36, 'stated', null],
  ["Thereafter, the agreement shall automatically renew for successive five (5)-year terms, unless either Party gives written notice to the other Party of intent not to renew at least six (6) months prior to the expiration of the then-current Term.", true, 60, 'stated', 183],
  ["This Agreement shall automatically be renewed for successive one (1) year increments unless either party request in writing, at least ninety (90) days prior to the anniversary date, that this Agreement not to be renewed.", true, 12, 'stated', 90],
  ["Thereafter, at the end of each renewal term, the Agreement shall renew for an additional two (2) years unless one party provides the other party with prior written notice of non-renewal at least sixty (60) days prior to the expiration of the then-current term.", true, 24, 'stated', 60],
  ["At any time prior to the end of the Term, the Parties may agree in writing to extend the Agreement for successive One (1) Year periods (the \"Renewal Terms\") under the same conditions set forth herein.", false, 12, 'stated', null],
  ["The Agreement shall automatically renew for successive one (1) year terms (each a \"Renewal Term\") unless either party provides the other party written notification of its intent to terminate the Agreement no later than sixty (60) days prior to the end of the then applicable term.", true, 12, 'stated', 60],
  ["This Agreement will automatically renew at the end of the Initial Term or a subsequent renewal term on a year to year basis (each, a \"Renewal Term\"), unless either Party notifies the other at least 30 days prior to the end of the Initial Term or then current Renewal Term, as applicable, of its intention not to renew this Agreement (a \"Termination Notice\").", true, 12, 'stated', 30],
  ["The Agreement shall automatically renew for successive one year additional terms unless terminated by either party at least six months prior to the expiration of the then-current term.", true, 12, 'stated', 183],
  ["The Term shall automatically renew thereafter for successive 5-year terms unless either party provides prior written notice of termination not less than 90 days prior to the end of such five-year term.", true, 60, 'stated', 90],
  ["Upon the expiration of the Term, the Term shall automatically extend for successive 12-month periods until one Party terminates the Agreement by providing at least 180 days prior written notice to the other Party prior to the expiration of the then-current term or unless sooner terminated in accordance with the terms of this Agreement.", true, 12, 'stated', 180],
  ["This Agreement shall be automatically renewed for additional extended terms each of two (2) years duration unless either party notifies the other in writing of its intention not to renew the Agreement, such notification to be provided at least ninety (90) days prior to the expiration of the then in-effect term.", true, 24, 'stated', 90],
  ["This contract shall remain in effect initially for the five (5) year term (\"Initial Term\") from the date signed and shall be automatically extended for one (1) year periods after the Initial Term (\"Renewal Term\") unless (i) either party provides written notice of its intention not to renew the Agreement within 180 days prior to any Renewal Term; or (ii) this Agreement is otherwise terminated pursuant to the terms of this Section 12.", true, 12, 'stated', 180],
  ["The Agreement may be extended for one (1) year upon the parties' mutual agreement in writing, it being specifically understood the services to be performed by CELEBRITY (on behalf of ABG) and remuneration to ABG in connection with the same shall be negotiated in good faith.", false, 12, 'stated', null],
  ["This Agreement shall automatically be renewed for one (1) or more one (1) month periods unless either the Customer or i-on gives notice to the other party of its intention not to renew the<omitted>Agreement, which notice must be given not less than fifteen (15) days before the end of the respective initial or renewal term.", true, 1, 'stated', 15],
  ["The Agreement will be automatically          renewed for additional one (1) year terms (subject to applicable fee          adjustments) unless thirty (30) days prior to the anniversary of the          Effective Date Licensee gives written notice to XACCT of its intention          not to renew.", true, 12, 'stated', 30],
  ["Unless either party gives written notice of termination of this Agreement at least 60 days prior to the end of the Initial Term, or any successive three-year term, this Agreement shall automatically renew for successive additional three-year terms; provided, however, that this Agreement shall automatically terminate upon the dissolution of the client.", true, 36, 'stated', 60],
  ["Unless either party gives written notice to terminate this Agreement at least six (6) months prior to the end of said Initial Term, this Agreement shall continue on a year to year basis (\"Extended Term(s)\") until terminated by either party by giving written notice of termination thereof to the other party at least six (6) months prior to the end of the then current Extended Term.", true, 12, 'stated', 183],
  ["This agreement shall automatically renew for successive six (6) month periods unless written notice is provided of either party's intent not to renew at least six (6) months before the end of the then-current term.", true, 6, 'stated', 183],
  ["The BSP then have the option to renew the agreement for another 5 years subject to any restructuring of the agreement as required by the parties.", false, 60, 'stated', null],
  ["This       Attachment will automatically be renewed for periods of six (6) months       unless either party gives twelve (12) months written notice of its intent       to terminate this Agreement.", true, 6, 'stated', 365],
  ["This Agreement will automatically be renewed for periods of       twelve (12) months unless either Party gives six (6) months written       notice of its intent to terminate this Agreement.", true, 12, 'stated', 183],
  ["Thereafter, this agreement will renew automatically from year to year unless cancelled in writing by either Party giving the other written notice of such cancellation a minimum of 60 days before the end of the then current term.", true, 12, 'stated', 60],
  ["Thereafter, this Agreement automatically renews for successive terms of one (1) year.", true, 12, 'stated', null],
  ["The term of this Agreement is twelve (12) months from the date hereof, and will be automatically renewed for one (1) additional twelve month period unless either party shall notify the other in writing of its intention not to renew. Such notice must be given ninety (90) days prior to expiration of the original term.", true, 12, 'stated', 90],
  ["Unless earlier terminated as provided herein, this Agreement continues in effect for an initial term of seven (7) years (\"Initial Term\") and will automatically renew for one or more annual periods after the Initial Term (each a \"Renewal Term\") unless either party gives notice of non-renewal at least one hundred eighty (180) days prior to the beginning of any Renewal Term.", true, 12, 'stated', 180],
  ["Unless terminated prior to the natural expiration of the Initial Term, upon the expiry of the  Initial Term this Agreement shall automatically renew for successive terms of the same duration, unless either party gives written notice to the  other of such party's desire not to renew not less than ninety (90) days prior to the date of the expiration of the Initial Term or any\n\n\n\n\n\n\n\n\n\n  successive term thereafter.", true, null, 'same-as-initial', 90],
  ["After the Initial Term, this Agreement shall continue on a month to month basis until terminated by either party upon thirty (30) days prior written notice to the other setting forth the effective date of such termination.", true, 1, 'month-to-month', 30],
  ["Upon expiration of the Initial Term, unless written notice to the contrary is provided by one party to the other party at least 30 days prior to the expiration of the then-current term, this Agreement shall be renewed for additional, successive periods of one (1) year each (each a \"Renewal\" and together with the Initial Term, collectively, the \"Term\").", true, 12, 'stated', 30],
  ["As provided for in this Section 1, the term of this Agreement shall be for a period of five (5) years, beginning on the Effective Date (the \"Initial Term\"); provided, however, the Initial Term shall be subject to automatic successive renewal terms of three (3) years each (the \"Renewal Terms\" and together with the Initial Term, the \"Term\").", true, 36, 'stated', null],
  ["This Agreement shall have an initial term of one (1) year from the date first above written (the \"Initial Term\"), and shall thereafter automatically renew for successive two (2) year periods (each a \"Renewal Term\"), unless earlier terminated in accordance with the terms of this Agreement.", true, 24, 'stated', null],
  ["The initial term of this Agreement shall be for a period of five (5) years from the date first set forth above and shall thereafter automatically renew for additional two (2) year terms unless a party provides the other party with notice of non-renewal no less than 6 months prior to the expiration of the initial term or any renewal term unless earlier terminated as follows:", true, 24, 'stated', 183],
  ["Unless otherwise terminated as provided herein, the initial term of this Agreement shall be three (3) years from the Effective Date and shall thereafter be automatically renewed for subsequent one (1) year periods unless either party notifies the other in writing of its election not to renew the Agreement at least one hundred twenty (120) days prior to the expiration of the then-current term.", true, 12, 'stated', 120],
  ["This Agreement shall be automatically renewed for an additional one year period on each anniversary of the Effective Date, unless terminated by either Party hereto upon ninety (90) days written notice to the other.", true, 12, 'stated', 90],
  ["This Agreement shall renew automatically thereafter for successive one year periods until terminated pursuant to Section 12 herein or unless either Client or TrueLink deliver to the other written notice of intent not to renew no later than thirty (30) days prior to the end of said year.", true, 12, 'stated', 30],
  ["This agreement shall renew automatically each year thereafter, unless either party serves written notice of its intention not to renew, on the other at least 90 days prior to the expiration of the then current term of this agreement.", true, 12, 'stated', 90],
  ["This Agreement shall commence on the Effective Date and shall be valid for a period of five (5) years with automatic renewal of one year thereafter until terminated<omitted>by either party with one (1) year written notice prior to the expiration of the initial period or any extension period thereof.", true, 12, 'stated', 365],
  ["This Agreement shall be automatically renewed for additional successive one (1) year periods, unless written notice of non-renewal is received no later than six (6) months prior to the expiration of the then current term.", true, 12, 'stated', 183],
  ["After the initial period of two years, the maintenance and support       contract shall be automatically renewed for a period of one year on each       renewal date, unless one of the parties terminates the maintenance and       support contract through written notification to the other party in the       form of a registered letter with proof of receipt, at least six (6) weeks       prior to the renewal date.", true, 12, 'stated', 42],
  ["Thereafter, this Agreement shall renew only upon the mutual written agreement of the parties for up to three additional renewal terms of one year each (each, a \"Renewal Term\").", false, 12, 'stated', null],
  ["Thereafter  the term of this Agreement shall automatically renew for consecutive periods of two (2) years each.", true, 24, 'stated', null],
  ["This Agreement will renew automatically thereafter for successive one-year terms unless and until one Party gives notification of termination with at least sixty (60) days written notice.", true, 12, 'stated', 60],
  ["This Agreement shall automatically renew for successive one-year terms unless one party gives the other party written notice of non-renewal at least six months prior to automatic renewal.", true, 12, 'stated', 183],
  ["Upon expiration of the Initial Term, this Agreement shall automatically renew for  consecutive one (1) year periods, unless terminated by Reseller within sixty (60) days prior to the expiration of the Initial Term or any renewal term,  as the case may be (the Initial Term and each renewal term, collectively, the \"Term\").", true, 12, 'stated', 60],
  ["This Agreement will commence on the Effective Date and continue for an Initial Term of five (5) years, and will automatically renew for additional periods of five (5) years unless one Party notifies the other of its intention not to renew, no less than 12 months prior to the expiration of the then-current term, unless terminated as permitted under this Agreement.", true, 60, 'stated', 365],
  ["Thereafter, the Agreement shall be automatically renewed for additional two year periods (each a \"Renewal Term\", the Initial Term and all Renewal Terms, the \"Term\") unless either Party notifies the other Party of its intention not to renew in writing at least three calendar months before the expiration of the then current Term.", true, 24, 'stated', 91],
  ["This Agreement will automatically renew for additional 1-year terms unless earlier terminated pursuant to this Agreement's express provisions (together with the Initial Term, such additional periods the \"Term\").", true, 12, 'stated', null],
  ["This agreement begins on the Commencement Date and, subject to clause 11.2, shall continue for an initial term of one (1) years (Initial Term) and indefinitely after that until terminated by either party giving at least twelve (12) months' prior written notice to expire on or after the expiry date of the initial term.", true, null, 'evergreen', 365],
  ["Thereafter, this Agreement shall automatically continue in effect until either party gives the other at least six (6) months prior written notice of termination.", true, null, 'evergreen', 183],
  ["The initial term of this Agreement shall           commence on the Effective Date and extend for three (3) years           thereafter (\"INITIAL TERM\"), with an automatic renewal for an           indefinite period of time (\"EXTENDED TERM\"), unless terminated by the           parties according to Sections 16.2. or 16.3. herein.", true, null, 'evergreen', null],
  ["Upon the expiry of this Agreement, this Agreement may be renewed automatically for one year (but can only be renewed once) if neither Party raises objection.", true, 12, 'stated', null],
  ["Each Service Option Attachment will renew automatically for an additional term equal in duration to the previous term of the applicable Service Option Attachment unless either party notifies the other party in writing at least ninety (90) days prior to the end of the then-current term for the applicable Service Option Attachment that it has elected to terminate such Service Option Attachment.", true, null, 'same-as-initial', 90],
  ["If Affiliate fails to notify Network of its desire that this Agreement terminate on its expiration date, at least six (6) months before the expiration date, this Agreement will automatically renew, upon the same terms and conditions, for an additional four (4) -year period (\"Renewal Term\").", true, 48, 'stated', 183],
  ["The Initial Term shall automatically renew for one-month periods thereafter unless either party provides 30- days advance notice of termination, unless earlier terminated pursuant to Section 2.2 hereof", true, 1, 'stated', 30],
  ["This Agreement shall commence on the Effective Date and continue in full force and effect until the end of the fifteenth (15th) Contract Year, and shall continue in full force and effect thereafter until terminated by either Party by providing thirty (30) calendar days' prior written notice of termination to the other Party (such fifteen (15) Contract Year period, as may be further extended as provided herein is referred to as the \"Term\").", true, null, 'evergreen', 30],
];

/**
 * Sentences the reader gets wrong today (reported to the reader's owner), with
 * the reading they should get. Each is checked to still be misread: when the
 * reader learns it, the test fails and the row moves up into READINGS.
 */
const KNOWN_MISREADS: readonly Row[] = [
  ["After the Initial Term, this Agreement will be automatically renewed for successive additional 3~year periods (\"Extension Terms\"), unless otherwise terminated by either party by giving notice to the other party not less than sixty (60) days prior to the end of a Term.", true, 36, 'stated', 60],
];

function readingOf(sentence: string): readonly [boolean, number | null, RenewalTerms['termBasis'], number | null] | null {
  const renewal = review(sentence, { format: 'plaintext' }).keyTerms.renewal;
  return renewal && [renewal.automatic, renewal.termMonths, renewal.termBasis, renewal.noticeDays];
}

describe('renewal key terms: CUAD sentences', () => {
  it('has at least 30 rows', () => {
    assert.ok(READINGS.length >= 30);
  });

  for (const [sentence, automatic, termMonths, termBasis, noticeDays] of READINGS) {
    it(sentence.replace(/\s+/g, ' ').slice(0, 90), () => {
      assert.deepEqual(readingOf(sentence), [automatic, termMonths, termBasis, noticeDays]);
    });
  }

  it('the known misreadings are still misread (move a row to READINGS once it reads right)', () => {
    for (const [sentence, ...expected] of KNOWN_MISREADS) {
      assert.notDeepEqual(readingOf(sentence), expected, `now read right: ${sentence}`);
    }
  });

  it('the renewal span and the term and notice spans lie inside the sentence', () => {
    for (const [sentence] of READINGS) {
      const renewal = review(sentence, { format: 'plaintext' }).keyTerms.renewal;
      assert.ok(renewal);
      for (const span of [renewal.span, renewal.termSpan, renewal.noticeSpan]) {
        if (span) assert.ok(span.start >= 0 && span.start <= span.end && span.end <= sentence.length, sentence);
      }
    }
  });
});

describe('renewal key terms: whose notice', () => {
  it('reads the notice to exercise an option apart from a notice that stops an automatic renewal', () => {
    const option = review('Distributor shall have the option to renew this Agreement for an additional three (3) year period by giving written notice to Company at least ninety (90) days prior to the end of the initial term.', { format: 'plaintext' }).keyTerms.renewal;
    assert.ok(option);
    assert.equal(option.automatic, false);
    assert.equal(option.noticeDays, null);
    assert.equal(option.exerciseNoticeDays, 90);
    const automatic = review('This Agreement shall automatically renew for successive one (1) year terms unless either party gives notice of non-renewal at least ninety (90) days prior to the end of the then-current term.', { format: 'plaintext' }).keyTerms.renewal;
    assert.ok(automatic);
    assert.equal(automatic.noticeDays, 90);
    assert.equal(automatic.exerciseNoticeDays, null);
  });

  it('never reads a frequency ("at least annually") as a notice period', () => {
    const renewal = review('Thereafter this Agreement shall continue automatically from year to year, provided that its continuance is approved at least annually by the Board.', { format: 'plaintext' }).keyTerms.renewal;
    assert.ok(renewal);
    assert.equal(renewal.noticeDays, null);
  });
});
