import assert from 'node:assert/strict';
import { parseContract } from '../../../server/src/engine/parse';
import { readDpa } from '../../../server/src/engine/keyTerms/dpa/readDpa';
import { grantsAudit as grantsAuditIn } from '../../../server/src/engine/keyTerms/dpa/auditClauses';
import { readText } from '../../../server/src/engine/semantics';

const grantsAudit = (lower: string): boolean => grantsAuditIn(readText(lower, { span: { start: 0, end: lower.length } }));

// keyTerms.dpa.anyAuditRight / auditSentences: any right to audit or inspect
// the other side's books, records or places (CUAD's "Audit Rights"), told
// apart from the other senses of "audit" and from record-keeping alone.
// Sentences written for these tests in the ways commercial contracts put it.

const sentencesOf = (text: string): string[] => readDpa(parseContract(text, 'plaintext')).auditSentences.map((s) => text.slice(s.start, s.end));

describe('keyTerms.dpa audit clauses (any audit right)', () => {
  describe('grants', () => {
    const grants = [
      'The Licensor may, on fifteen (15) days\' written notice and no more than once a year, have an independent accountant examine the Licensee\'s books of account.',
      'Reseller shall keep complete and accurate records of all sales and shall permit Vendor or its nominated auditor to inspect those records during ordinary business hours.',
      'All sales records shall be available for examination by the Owner\'s representatives at reasonable times.',
      'The Franchisor has the right, at any time during business hours and without notice, to enter and inspect the franchised premises.',
      'Distributor shall give Supplier reasonable access to its warehouses to verify the stock it holds.',
      'Either party may engage a certified public accountant, reasonably acceptable to the other, to audit the royalty statements.',
      'The partnership\'s books shall be open to each partner at all reasonable times.',
      'Customer shall have the right, upon thirty (30) days\' notice, during the Term and for one (1) year after it, to examine the records of Supplier that relate to the fees.',
      'The Agent shall keep such records as the Company may ask for and shall permit those records to be examined by the Company on reasonable notice.',
      'Upon request, the Developer shall make its books available at its main office so that the Publisher can verify the royalties paid.',
      'The Purchaser is entitled at any time to audit the Manufacturer\'s production records.',
      'The Owner shall have full access to all properties, books and records of the Operator.',
      'Processor shall allow for and contribute to audits, including inspections, conducted by the Controller.',
      'The Principal may directly, or through an agent it names, at any time during business hours and on ten days\' notice, inspect such records.',
      'The Franchisor reserves the right to reinspect the facilities of any approved supplier.',
      'Upon reasonable notice, the Maker shall allow, and shall see that its subcontractors allow, the Brand Owner access to such records.',
      'The Carrier shall provide full access to enable the Lessor to conduct a periodic inventory inspection of the spare parts pool.',
      'The Licensor shall have the right at all reasonable times to examine and copy the books of the Licensee.',
      'On thirty days\' notice, the Audited Party shall permit the Auditing Party\'s outside accountants access to the relevant books and records.',
    ];
    for (const sentence of grants) {
      it(JSON.stringify(sentence.slice(0, 70)), () => assert.equal(grantsAudit(sentence.toLowerCase()), true));
    }
  });

  describe('not an audit right', () => {
    const traps = [
      'The Company shall deliver its audited financial statements to the Investor within 120 days after each fiscal year.',
      'The audit committee of the Board shall approve any transaction with an affiliate.',
      'Buyer may inspect the Products upon delivery and reject any that do not conform.',
      'Supplier shall permit inspections of its plant by regulatory authorities and shall respond to their findings.',
      'Licensee shall maintain accurate records of all units sold for three (3) years.',
      'Provider has no right to audit the systems of the Customer.',
      'The platform lets administrators track and audit the use of the service by their users.',
      'It has the power to enter into this Agreement and access to the facilities it needs to perform it.',
      'The Sponsor shall have a reasonable opportunity to conduct a full review of the business and operations of the Issuer.',
    ];
    for (const sentence of traps) {
      it(JSON.stringify(sentence.slice(0, 70)), () => assert.equal(grantsAudit(sentence.toLowerCase()), false));
    }
  });

  it('reports how an audit runs next to the grant, and not on its own', () => {
    const grant = 'Licensor may audit the sales records of Licensee once a year.';
    const cost = 'Any such audit shall be at the expense of Licensor unless it reveals an underpayment of more than five percent (5%).';
    assert.deepEqual(sentencesOf(`${grant} ${cost}`), [grant, cost]);
    assert.deepEqual(sentencesOf(cost), []);
  });

  it('keeps the buyer-audits-processing reading (the DPA rule\'s) apart from a royalty audit', () => {
    const dpa = readDpa(parseContract('Distributor shall permit the accountants of Supplier to examine its books relating to the fees due.', 'plaintext'));
    assert.equal(dpa.anyAuditRight, true);
    assert.equal(dpa.auditRights, 'none');
  });
});
