import assert from 'node:assert/strict';
import { parseContract } from '../../../server/src/engine/parse';
import { readDpa } from '../../../server/src/engine/keyTerms/dpa/readDpa';
import { review } from '../../../server/src/engine/review';

// keyTerms.dpa.regionsServed (where the draft places its users, callers and
// operations) and the one-region trap of dpa/no-privacy-law-reference: a DPA
// that answers to one region's privacy law while the deal reaches another.

const servedBy = (text: string): readonly string[] => readDpa(parseContract(text, 'plaintext')).regionsServed;

describe('keyTerms.dpa regions served', () => {
  const rows: ReadonlyArray<readonly [string, readonly string[]]> = [
    ['Customer uses the Service for callers to its contact centers in the European Union and the United States.', ['European Union', 'United States']],
    ['The Service is offered to end users across the United Kingdom.', ['United Kingdom']],
    ['Customer will use the Service to serve California residents.', ['United States']],
    // Where data is kept is the residency, not where people are.
    ['Provider shall host Customer Data in data centers located in the United States.', []],
    // Export control and the governing law name places for other reasons.
    ['Customer shall not allow users to access the Service in breach of the export laws of the United States.', []],
    ['Let us know where your users are.', []],
  ];
  for (const [text, expected] of rows) {
    it(`${JSON.stringify(expected)}: ${JSON.stringify(text.slice(0, 70))}`, () => assert.deepEqual(servedBy(text), expected));
  }
});

describe('dpa/no-privacy-law-reference: a DPA that covers one region only', () => {
  const DPA = [
    '# Data Processing Addendum',
    '',
    '## 1. Compliance',
    '',
    '1.1 Provider shall process personal data, including call recordings, in compliance with the GDPR.',
    '',
    // The reference makes the MSA beside it part of this deal.
    '1.2 This addendum forms part of the Master Services Agreement.',
    '',
  ].join('\n');
  const MSA_SERVING_US = 'MASTER SERVICES AGREEMENT\n\n1. The Service handles calls for Customer\'s agents in the United States and Germany.\n';
  const oneRegion = (siblingText: string): string[] => review(DPA, { siblings: [{ path: 'msa.txt', text: siblingText }] }).findings
    .filter((f) => f.ruleId === 'dpa/no-privacy-law-reference')
    .map((f) => f.message);

  it('says so when a sibling draft places the deal\'s people in a region the named law does not cover', () => {
    const messages = oneRegion(MSA_SERVING_US);
    assert.equal(messages.length, 1);
    assert.match(messages[0], /only to GDPR \(the EU\/EEA\).*serves the United States/);
  });

  it('is quiet when a sibling draft names the other region\'s law', () => {
    assert.deepEqual(oneRegion(`${MSA_SERVING_US}\n2. Provider shall act as a service provider under the CCPA.\n`), []);
  });

  it('is quiet when the deal stays in the region its law covers', () => {
    assert.deepEqual(oneRegion('MASTER SERVICES AGREEMENT\n\n1. The Service handles calls for Customer\'s agents in Germany.\n'), []);
  });
});
