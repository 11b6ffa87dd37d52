import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseContract } from '../../../server/src/engine/parse';

import { sharedCorpus } from '../../sharedCorpus';

const read = (file: string) => readFileSync(join(__dirname, '../../fixtures/corpus', file), 'utf8');

describe('parse: document kind', () => {
  for (const [file, kind] of [['common-paper-csa.md', 'msa'], ['common-paper-sla.md', 'sla'], ['common-paper-dpa.md', 'dpa']] as const) {
    it(`reads ${file} as ${kind}`, () => {
      assert.equal(parseContract(read(file), 'markdown').kind, kind);
    });
  }

  it('reads the Common Paper files as the same kinds when pasted as plain text', () => {
    assert.equal(parseContract(read('common-paper-sla.md'), 'plaintext').kind, 'sla');
    assert.equal(parseContract(read('common-paper-dpa.md'), 'plaintext').kind, 'dpa');
  });

  it('never reads a CUAD contract as an SLA or a DPA, and reads most as msa or unknown', () => {
    const corpus = sharedCorpus();
    if (!corpus) {
      // Not a skip: the corpus is outside the repository; say so loudly where it is missing.
      console.warn('    (no shared CUAD corpus on this machine: the CUAD sample of this test did not run)');
      return;
    }
    const dir = join(corpus, 'cuad/contracts');
    const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).slice(0, 60);
    const kinds = files.map((f) => parseContract(readFileSync(join(dir, f), 'utf8'), 'plaintext').kind);
    assert.ok(!kinds.includes('sla') && !kinds.includes('dpa'), kinds.join(','));
    assert.ok(kinds.filter((k) => k === 'msa' || k === 'unknown').length >= files.length * 0.95);
    assert.ok(kinds.filter((k) => k === 'msa').length >= files.length / 3);
  });

  const cases: readonly (readonly [string, string, string])[] = [
    ['an SLA exhibit', '# Exhibit B - Service Level Agreement\n\n## Availability\n\nUptime is 99.9%.\n\n## Service Credits\n\nCredits apply.\n', 'sla'],
    ['an MSA that carries an SLA exhibit first', '# Service Level Agreement\n\n## Term and Termination\n\n## Fees\n\n## Confidentiality\n\n## Limitation of Liability\n\n## Governing Law\n', 'msa'],
    ['a DPA by title', 'DATA PROCESSING ADDENDUM\n\nThe Provider processes Personal Data.\n', 'dpa'],
    ['a DPA by its headings', '# Annex\n\n## Subprocessors\n\n## Data Subject Requests\n\n## Personal Data Breach\n\n## International Transfers\n', 'dpa'],
    ['an order form', '# Order Form\n\nSubscription Term: 36 months\n\nFees: USD 5,000 per month\n', 'order-form'],
    ['an MSA by title', 'MASTER SUBSCRIPTION AGREEMENT\n\nThis Agreement is made between the parties.\n', 'msa'],
    ['an MSA by its headings', '1. TERM AND TERMINATION\n\n2. FEES AND PAYMENT\n\n3. CONFIDENTIALITY\n\n4. LIMITATION OF LIABILITY\n', 'msa'],
    ['a letter', 'Dear Sam,\n\nThanks for lunch.\n', 'unknown'],
  ];
  for (const [name, text, kind] of cases) {
    it(`reads ${name} as ${kind}`, () => {
      assert.equal(parseContract(text, 'markdown').kind, kind);
    });
  }
});
