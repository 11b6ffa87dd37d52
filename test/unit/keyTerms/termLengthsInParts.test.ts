import assert from 'node:assert/strict';
import { review } from '../../../server/src/engine/review';
import { extractFacts } from '../../../server/src/engine/extract';

// Made-up drafts: a term written in two parts, "another year" as one more year, and an initial term read from the
// agreement's own term clause when no sentence names an "initial term".
const keyTerms = (text: string) => review(text, { format: 'plaintext' }).keyTerms;
const MADE = 'This Hosting Agreement is made on March 2, 2027 (the "Effective Date").\n\n';

describe('key terms: lengths written in parts', () => {
  it('reads "two (2) years and six (6) months" as thirty months, and ends the term on that day', () => {
    const k = keyTerms(`${MADE}The term is two (2) years and six (6) months from the Effective Date.`);
    assert.equal(k.initialTermMonths, 30);
    assert.equal(k.expirationDate?.iso, '2029-09-01');
  });

  it('joins only a larger unit and the next smaller one, with "and" or a comma between them', () => {
    const durations = (text: string) => extractFacts(text).durations.map((d) => `${d.value} ${d.unit}`);
    assert.deepEqual(durations('for one (1) year, six (6) months'), ['18 month']);
    assert.deepEqual(durations('for three weeks and two days'), ['23 day']);
    // Two periods of different things stay two: a month and then a year.
    assert.deepEqual(durations('six (6) months and one (1) year'), ['6 month', '1 year']);
    assert.deepEqual(durations('one (1) year or six (6) months'), ['1 year', '6 month']);
  });

  it('reads "renews for another year" as a twelve-month renewal term', () => {
    const k = keyTerms(`${MADE}This Agreement continues for one year from the Effective Date and then renews automatically for another year unless either party gives notice of non-renewal at least sixty (60) days before the current term ends.`);
    assert.equal(k.renewal?.automatic, true);
    assert.equal(k.renewal?.termMonths, 12);
    assert.equal(k.renewal?.noticeDays, 60);
  });

  it('takes the initial term from the term clause, so the notice deadline can be counted', () => {
    const k = keyTerms(`${MADE}This Agreement remains in force for two (2) years from the Effective Date and renews automatically for successive one-year periods unless Customer gives notice of non-renewal at least ninety (90) days before the current term ends.`);
    assert.equal(k.initialTermMonths, 24);
    assert.equal(k.expirationDate?.iso, '2029-03-01');
    const deadline = k.renewal?.noticeDeadline;
    assert.equal(deadline?.status, 'computed');
    if (deadline?.status === 'computed') assert.equal(deadline.current.termEnds, '2029-03-01');
  });

  it('reads a term clause in the present tense, counted from a named start the draft dates', () => {
    const k = keyTerms('The Services Agreement is made on March 2, 2027. The Term begins on the Commencement Date and continues for two (2) years. "Commencement Date" means April 1, 2027.');
    assert.equal(k.initialTermMonths, 24);
    assert.equal(k.expirationDate?.iso, '2029-03-31');
  });

  it('a defined "Calendar Quarter" is not the agreement\'s term', () => {
    const k = keyTerms(`${MADE}"Calendar Quarter" means each period of three (3) consecutive months ending on the last day of March, June, September or December. This Agreement runs for five (5) years from the Effective Date.`);
    assert.equal(k.initialTermMonths, 60);
    assert.equal(k.expirationDate?.iso, '2032-03-01');
  });

  it('"renews for an additional month at a time" is a one-month renewal', () => {
    const k = keyTerms(`${MADE}The initial term of this Agreement is one (1) year, and it then renews for an additional month at a time until either party gives fifteen (15) days notice.`);
    assert.equal(k.renewal?.termMonths, 1);
    assert.equal(k.renewal?.noticeDays, 15);
  });
});

