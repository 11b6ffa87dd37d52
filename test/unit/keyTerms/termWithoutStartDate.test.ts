import assert from 'node:assert/strict';
import { review } from '../../../server/src/engine/review';

// Made-up drafts whose start date is left blank: the term clause is still found, and says why no end date follows.
const expiration = (text: string) => review(text, { format: 'plaintext' }).keyTerms.expirationDate ?? null;

describe('key terms: a term found without a computable end', () => {
  it('keeps a length counted from an undated Effective Date', () => {
    const e = expiration('This Supply Agreement is made as of the ____ day of ________, 20__ (the "Effective Date").\n\nThis Agreement expires seven (7) years from the Effective Date unless terminated earlier.');
    assert.ok(e);
    assert.equal(e.iso, null);
    assert.equal(e.basis, 'from-term');
    assert.equal(e.undatedMonths, 84);
  });

  it('computes the end when the start is dated', () => {
    const e = expiration('This Agreement is made on March 1, 2026 (the "Effective Date").\n\nThe term of this Agreement shall be two (2) years from the Effective Date.');
    assert.ok(e);
    assert.equal(e.iso, '2028-02-29');
  });

  it('the checklist says the end date cannot be worked out, instead of guessing', () => {
    const r = review('The term of this Agreement shall be five (5) years from the date the last party signs it.', { format: 'plaintext' });
    const item = r.checklist.find((i) => i.id === 'expiration-date');
    assert.ok(item);
    assert.match(JSON.stringify(item), /cannot be worked out|event/);
  });
});

describe('key terms: defined periods and odd lengths', () => {
  it('a defined "Royalty Term" is never the agreement\'s term', () => {
    const e = expiration('This Agreement is dated January 10, 2027 (the "Effective Date"). "Royalty Term" means ten (10) years from the first commercial sale. The term of this Agreement shall be three (3) years from the Effective Date.');
    assert.ok(e);
    assert.equal(e.iso, '2030-01-09');
  });

  it('"half a year" is six months', () => {
    const e = expiration('This Agreement is dated January 10, 2027 (the "Effective Date"). This Agreement shall continue for half a year.');
    assert.ok(e);
    assert.equal(e.iso, '2027-07-09');
  });

  it('a term counted from a defined "Launch Date" counts from that date', () => {
    const e = expiration('This Agreement is dated January 10, 2027. The "Launch Date" means March 1, 2027. The term of this Agreement shall be two (2) years from the Launch Date.');
    assert.ok(e);
    assert.equal(e.iso, '2029-02-28');
  });
});

describe('key terms: a term that ends with a calendar period', () => {
  it('"until the end of the calendar quarter in which the Effective Date falls"', () => {
    const e = expiration('This Agreement is dated February 10, 2028 (the "Effective Date"). This Agreement shall continue until the end of the calendar quarter in which the Effective Date falls.');
    assert.equal(e?.iso, '2028-03-31');
  });

  it('"until the end of the calendar year in which …"', () => {
    const e = expiration('This Agreement is dated January 10, 2027 (the "Effective Date"). The term of this Agreement shall run until the end of the calendar year in which the Effective Date falls.');
    assert.equal(e?.iso, '2027-12-31');
  });

  it('a month end in a leap year', () => {
    const e = expiration('This Agreement is dated February 3, 2028 (the "Effective Date"). This Agreement shall continue until the end of the month in which the Effective Date falls.');
    assert.equal(e?.iso, '2028-02-29');
  });
});
