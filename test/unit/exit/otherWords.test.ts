import assert from 'node:assert/strict';
import { review } from '../../../server/src/engine/review';

// Exit rights said in other words (issue 17), in sentences written for these tests.

const MSA = (section: string): string => [
  'MASTER SERVICES AGREEMENT',
  '1. Services. Provider hosts the cloud platform for Customer.',
  '2. Fees. Customer shall pay the fees within thirty days.',
  `3. ${section}`,
  '4. Governing Law. This Agreement is governed by the laws of New York.',
].join('\n\n');

describe('keyTerms.exit: rights said in other words', () => {
  it('reads an extract of the data delivered on request after termination as an export, with its delivery time', () => {
    const r = review(MSA('Effect of Termination. Upon termination, Provider shall, within fifteen (15) business days of Customer\'s request, provide to Customer without charge an extract of the Customer Data in CSV format.'), { format: 'plaintext' });
    assert.equal(r.keyTerms.exit?.dataExport, true);
    assert.equal(r.keyTerms.exit?.exportDays, 21);
    assert.ok(!r.findings.some((f) => f.ruleId === 'exit/no-data-export'));
  });

  it('reads a return of Confidential Information as a return of the data when the data is Confidential Information', () => {
    const returned = 'Confidentiality. Customer Data is Customer\'s Confidential Information. Upon termination of this Agreement, each party shall return to the other party all of the other party\'s Confidential Information within thirty (30) days.';
    assert.equal(review(MSA(returned), { format: 'plaintext' }).keyTerms.exit?.dataExport, true);
    const notData = 'Confidentiality. Upon termination of this Agreement, each party shall return to the other party all of the other party\'s Confidential Information within thirty (30) days.';
    assert.equal(review(MSA(notData), { format: 'plaintext' }).keyTerms.exit?.dataExport, false);
  });

  it('replaces the fee words a fix contradicts, or offers no fix and says why', () => {
    const one = review(MSA('Effect of Termination. For sixty (60) days after termination, Customer may export Customer Data in CSV format at Provider\'s then-current rates.'), { format: 'plaintext' });
    const fee = one.findings.find((f) => f.ruleId === 'exit/export-fees');
    assert.deepEqual(fee?.fixes.map((f) => f.edits.map((e) => e.newText)), [['at no additional charge']]);
    const two = review(MSA('Effect of Termination. For sixty (60) days after termination, Provider shall export Customer Data in CSV format at Customer\'s sole expense, billed at the then-current hourly rates.'), { format: 'plaintext' });
    const both = two.findings.find((f) => f.ruleId === 'exit/export-fees');
    assert.deepEqual(both?.fixes, []);
    assert.match(both?.message ?? '', /rewrite them by hand/);
  });
});
