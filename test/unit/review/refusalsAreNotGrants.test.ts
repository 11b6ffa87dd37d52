import assert from 'node:assert/strict';
import { review } from '../../../server/src/engine/review';

// Made-up sentences: a right or a figure the draft refuses is never reported as one it grants.
const keyTerms = (text: string) => review(text, { format: 'plaintext' }).keyTerms;

describe('refusals are not grants (clause layer)', () => {
  it('"no right to export … after termination" is no data-export right', () => {
    const exit = keyTerms('Master Services Agreement.\n\nAfter termination the Customer shall have no right to export or retrieve Customer Data.').exit;
    assert.equal(exit?.dataExport, false);
  });

  it('"will not provide any transition assistance" is no transition assistance', () => {
    const exit = keyTerms('Master Services Agreement.\n\nOn termination the Provider will not provide any transition assistance.').exit;
    assert.equal(exit?.transitionAssistance, false);
  });

  it('a granted export next to a refused fee still counts', () => {
    const exit = keyTerms('Master Services Agreement.\n\nFor thirty (30) days after termination the Provider shall make Customer Data available for export, and the Provider shall not charge for it.').exit;
    assert.equal(exit?.dataExport, true);
  });

  it('an availability figure the vendor "does not guarantee" is an aim, not a commitment', () => {
    const sla = keyTerms('Service Level Agreement.\n\nThe Provider does not guarantee that the Service will be available 99.9% of the time.').sla;
    assert.ok(sla);
    assert.equal(sla.commitment, 'efforts');
  });

  it('a guaranteed figure stays a commitment', () => {
    const sla = keyTerms('Service Level Agreement.\n\nThe Provider guarantees that the Service will be available 99.9% of the time in each calendar month.').sla;
    assert.ok(sla);
    assert.equal(sla.commitment, 'commitment');
  });
});
