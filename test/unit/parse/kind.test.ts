import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseContract } from '../../../server/src/engine/parse';

const read = (file: string) => readFileSync(join(__dirname, '../../fixtures/wholeDrafts', file), 'utf8');

describe('parse: document kind', () => {
  for (const [file, kind] of [['hosted-service-agreement.md', 'msa'], ['service-level-schedule.md', 'sla'], ['data-processing-addendum.md', 'dpa']] as const) {
    it(`reads ${file} as ${kind}`, () => {
      assert.equal(parseContract(read(file), 'markdown').kind, kind);
    });
  }

  it('reads the whole made-up drafts as the same kinds when pasted as plain text', () => {
    assert.equal(parseContract(read('service-level-schedule.md'), 'plaintext').kind, 'sla');
    assert.equal(parseContract(read('data-processing-addendum.md'), 'plaintext').kind, 'dpa');
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
