import assert from 'node:assert/strict';
import { review } from '../../../server/src/engine/review';

const read = (text: string) => review(text, { format: 'plaintext' }).keyTerms.expirationDate ?? null;

describe('key terms: expiration date', () => {
  it('reads a stated end date', () => {
    const e = read('The term of this Agreement (the "Initial Term") shall commence as of the Effective Date and, unless ended sooner under this Agreement, shall terminate on June 30, 2010.');
    assert.equal(e?.iso, '2010-06-30');
    assert.equal(e?.basis, 'stated');
  });

  it('adds the initial term to the effective date, ending the day before the anniversary', () => {
    const e = read('This Agreement is entered into as of March 1, 2020 (the "Effective Date"). The initial term of this Agreement shall be three (3) years from the Effective Date.');
    assert.equal(e?.iso, '2023-02-28');
    assert.equal(e?.basis, 'from-term');
  });

  it('reads an agreement that runs until terminated as perpetual', () => {
    const e = read('This Agreement shall commence on the Effective Date and shall continue in full force and effect until terminated by either party in accordance with Section 9.');
    assert.equal(e?.perpetual, true);
    assert.equal(e?.iso, null);
  });

  it('does not read a perpetual licence as a perpetual agreement', () => {
    assert.equal(read('Licensor grants Licensee a perpetual, irrevocable license to use the Software under the terms of this Agreement.'), null);
  });

  it('does not read renewals that run until terminated as a perpetual agreement', () => {
    const e = read('This Agreement shall renew automatically thereafter for successive one year periods until terminated under Section 12.');
    assert.notEqual(e?.perpetual, true);
  });

  it('does not read an indefinite run after an initial term as perpetual', () => {
    const e = read('11.1 This agreement begins on the Commencement Date and shall continue for an initial term of one (1) year and indefinitely after that until terminated by either party.');
    assert.notEqual(e?.perpetual, true);
  });

  it('does not count the term from a filing stamp', () => {
    const e = read('Source: ACME CORP, 10-K, 3/21/2019\n\nThe initial term of this Agreement shall be three (3) years.');
    assert.equal(e?.iso ?? null, null);
  });
});
