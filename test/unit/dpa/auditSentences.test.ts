import assert from 'node:assert/strict';
import { parseContract } from '../../../server/src/engine/parse';
import { readDpa } from '../../../server/src/engine/keyTerms/dpa/readDpa';

// keyTerms.dpa.auditSentences: every sentence that grants an audit or
// inspection right, whoever holds it, so a harness can compare them with
// labelled spans; an audited financial statement is not an audit right.

describe('keyTerms.dpa audit sentences', () => {
  it('lists each sentence that grants an audit right, in document order', () => {
    const text = [
      'Customer may audit Provider\'s compliance with this Agreement once a year on thirty (30) days\' notice.',
      'Provider shall deliver audited financial statements within ninety (90) days after each fiscal year.',
      'Licensor shall have the right to inspect Licensee\'s books and records relating to royalties.',
    ].join(' ');
    const dpa = readDpa(parseContract(text, 'plaintext'));
    const texts = dpa.auditSentences.map((s) => text.slice(s.start, s.end));
    assert.deepEqual(texts, [
      'Customer may audit Provider\'s compliance with this Agreement once a year on thirty (30) days\' notice.',
      'Licensor shall have the right to inspect Licensee\'s books and records relating to royalties.',
    ]);
    assert.equal(dpa.anyAuditRight, true);
  });

  it('is empty, and anyAuditRight false, when nothing grants an audit', () => {
    const dpa = readDpa(parseContract('Provider shall deliver audited financial statements every year.', 'plaintext'));
    assert.deepEqual(dpa.auditSentences, []);
    assert.equal(dpa.anyAuditRight, false);
  });
});
