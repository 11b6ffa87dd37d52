import assert from 'node:assert/strict';
import { parseContract } from '../../../server/src/engine/parse';
import { readExit } from '../../../server/src/engine/keyTerms/exit/readExit';

// keyTerms.exit.postTerminationServices and postTerminationSentences: duties
// that run after the agreement ends (transition help, sell-off, last
// purchases, records kept for years, licences that continue) against the
// sentences that only look like them (survival boilerplate, returning
// confidential material, fees earned before the end, the right to terminate,
// a cure period that expires, the name of another agreement).

const read = (text: string) => {
  const contract = parseContract(text, 'plaintext');
  const exit = readExit(contract);
  return { exit, texts: exit.postTerminationSentences.map((s) => contract.text.slice(s.start, s.end)) };
};

describe('keyTerms.exit post-termination duties', () => {
  const duties: readonly string[] = [
    'Upon expiration or termination of this Agreement, Supplier shall cooperate with Customer to transition the supply of the Products to a replacement supplier.',
    'For a period of six (6) months following the effective date of termination, Distributor may continue to sell its remaining inventory of Products.',
    'In the event this Agreement is terminated for any reason other than a breach by Reseller, Vendor shall purchase Reseller\'s unsold inventory at cost.',
    'Each party shall keep complete records of its activities under this Agreement for three (3) years after the expiration or termination of this Agreement.',
    'During the term of this Agreement and for two (2) years thereafter, Licensor shall have the right to audit Licensee\'s books relating to royalties.',
    'If this Agreement is terminated, Provider shall, within thirty (30) days of termination, at Customer\'s option, return all equipment supplied by Customer.',
    'Upon termination, Provider will provide transition assistance to Customer for up to ninety (90) days.',
    'For the avoidance of doubt, after the termination of this Agreement the licenses granted to Licensee shall continue on a fully paid-up basis.',
    'For each of the four calendar quarters following such termination, Licensee shall pay Licensor royalties on Net Sales of the Products.',
  ];
  for (const text of duties) {
    it(`finds ${JSON.stringify(text.slice(0, 80))}`, () => {
      const { exit, texts } = read(text);
      assert.equal(exit.postTerminationServices, true);
      assert.deepEqual(texts, [text]);
    });
  }

  const lookalikes: readonly string[] = [
    'Sections 5, 7 and 9 shall survive any termination or expiration of this Agreement.',
    'Upon termination of this Agreement, each party shall promptly return or destroy the other party\'s Confidential Information.',
    'Upon termination, Customer shall pay Provider all fees for services rendered up to the effective date of termination.',
    'Either party may terminate this Agreement upon thirty (30) days written notice if the other party fails to cure a breach.',
    'Buyer shall give notice of its election within ten (10) days following the expiration of the thirty (30) day cure period.',
    '"Transition Services Agreement" means the agreement of that name signed by the parties on the Effective Date.',
    'In the event of termination, Reseller shall have no obligation to pay any further fees to Vendor.',
    'Upon expiration of the Initial Term, this Agreement will automatically renew for successive one (1) year terms.',
    'Within ten (10) business days after the Effective Date, Provider shall deliver the first report.',
    // A last payment on the way out is not a duty that runs after the end.
    'Upon termination of this Agreement, Customer shall pay Provider the amount of five thousand dollars ($5,000).',
  ];
  for (const text of lookalikes) {
    it(`ignores ${JSON.stringify(text.slice(0, 80))}`, () => {
      const { exit, texts } = read(text);
      assert.deepEqual(texts, []);
      assert.equal(exit.postTerminationServices, false);
    });
  }

  it('reads the items of a list that an end-of-agreement sentence introduces', () => {
    const text = [
      '12.4 Effect of termination',
      '',
      'In the event of termination, the Reseller will:',
      '',
      '(a) immediately cease to market the Products; and',
      '',
      '(b) return to Vendor within twenty (20) days all demonstration units, and shall deliver to Vendor a list of open customer orders.',
    ].join('\n');
    const { texts } = read(text);
    assert.equal(texts.length, 1);
    assert.match(texts[0], /^\(b\) return to Vendor/);
  });

  it('lists every matching sentence in document order, the first also as the element span', () => {
    const text = 'Upon termination, Provider shall provide transition assistance for sixty (60) days. Sections 4 and 6 survive termination. Following termination, Customer may continue to use the Reports internally.';
    const contract = parseContract(text, 'plaintext');
    const exit = readExit(contract);
    const texts = exit.postTerminationSentences.map((s) => text.slice(s.start, s.end));
    assert.deepEqual(texts, [
      'Upon termination, Provider shall provide transition assistance for sixty (60) days.',
      'Following termination, Customer may continue to use the Reports internally.',
    ]);
    assert.deepEqual(exit.spans.postTerminationServices, exit.postTerminationSentences[0]);
  });
});
