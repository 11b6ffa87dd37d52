import assert from 'node:assert/strict';
import { parseContract } from '../../../server/src/engine/parse';
import { textOf } from './helpers';

const termsOf = (text: string, format: 'markdown' | 'plaintext' = 'plaintext') =>
  parseContract(text, format).definedTerms.map((t) => t.term);

describe('parse: defined terms', () => {
  it('reads parenthetical definitions', () => {
    assert.deepEqual(
      termsOf('for one year (the "Initial Term") and then ("Renewal Term") periods (each, a "Renewal Period") by Acme ("Provider" or "Acme") (hereinafter referred to as "Customer").'),
      ['Initial Term', 'Renewal Term', 'Renewal Period', 'Provider', 'Acme', 'Customer'],
    );
  });

  it('reads "X" means / shall mean / has the meaning, and bold terms', () => {
    const text = '"Service Credit" means a credit. "Effective Date" shall mean the date. **"Affiliate"** means a company. **Downtime** means time down. "FirstNet Authority" or "FNA" means the authority. "Fees" has the meaning given below.';
    assert.deepEqual(termsOf(text, 'markdown'), ['Service Credit', 'Effective Date', 'Affiliate', 'Downtime', 'FirstNet Authority', 'FNA', 'Fees']);
  });

  it('gives the span of the term inside the quotes, in curly-quoted text too', () => {
    const text = 'The term (the \u201CInitial Term\u201D) begins.';
    const c = parseContract(text, 'plaintext');
    assert.equal(textOf(c, c.definedTerms[0].span), 'Initial Term');
  });

  it('ignores quoted words that are not definitions', () => {
    assert.deepEqual(termsOf('The software is provided "AS IS" and marked "confidential" by the Customer\'s staff. Say "yes."'), []);
  });

  it('reads single-quoted definitions without tripping over apostrophes', () => {
    assert.deepEqual(termsOf("the Customer's data (the 'Customer Data') and the parties' rights"), ['Customer Data']);
  });
});
