import assert from 'node:assert/strict';
import { review } from '../../../server/src/engine/review';

// Made-up sentences: the DPA's audit reading and the any-audit reading ask the
// clause layer the same question, so a refusal is a refusal for both.
const terms = (text: string) => {
  const dpa = review(text, { format: "plaintext" }).keyTerms.dpa;
  assert.ok(dpa, "no DPA terms read");
  return dpa;
};

const DPA_HEAD = 'Data Processing Addendum. The Processor processes personal data for the Controller under the GDPR. ';

describe('audit rights on the clause layer: both readings agree', () => {
  it('a controller allowed to audit the processor once a year is a full audit right for both readings', () => {
    const dpa = terms(`${DPA_HEAD}The Controller may audit the Processor's compliance with this Addendum once in each calendar year.`);
    assert.equal(dpa.auditRights, 'full');
    assert.equal(dpa.anyAuditRight, true);
  });

  it('a certification report followed by a refusal of on-site audits is limited, not full', () => {
    const dpa = terms(`${DPA_HEAD}On request the Processor will provide the Controller with a copy of its current ISO 27001 certificate. The Controller shall not be entitled to carry out on-site audits of the Processor's facilities.`);
    assert.equal(dpa.auditRights, 'reports-only');
  });

  it('"neither party shall have the right to audit the other" grants no audit right', () => {
    const dpa = terms(`${DPA_HEAD}Neither party shall have the right to audit the books of the other party.`);
    assert.equal(dpa.anyAuditRight, false);
    assert.notEqual(dpa.auditRights, 'full');
  });

  it('a limit on how often is not a refusal', () => {
    const dpa = terms(`${DPA_HEAD}The Controller may inspect the Processor's records of processing; the Controller shall not audit more than once in any twelve-month period.`);
    assert.equal(dpa.auditRights, 'full');
    assert.equal(dpa.anyAuditRight, true);
  });

  it('an audit of the buyer by the vendor is not the buyer\'s right', () => {
    const dpa = terms(`${DPA_HEAD}The Processor may audit the Controller's use of the platform to confirm the number of licensed seats.`);
    assert.notEqual(dpa.auditRights, 'full');
    assert.equal(dpa.anyAuditRight, true);
  });

  it('records that shall not be subject to inspection grant nothing', () => {
    const dpa = terms(`${DPA_HEAD}The Processor's internal cost records shall not be subject to audit or inspection by the Controller.`);
    assert.equal(dpa.anyAuditRight, false);
  });

  it('a processor that shall permit the controller to inspect grants the controller the audit', () => {
    const dpa = terms(`${DPA_HEAD}The Processor shall permit the Controller or its appointed auditor to inspect the systems used to process the personal data.`);
    assert.equal(dpa.auditRights, 'full');
    assert.equal(dpa.anyAuditRight, true);
  });
});

describe('any audit right: permissions read by the clause layer', () => {
  const any = (text: string) => review(text, { format: 'plaintext' }).keyTerms.dpa?.anyAuditRight ?? false;
  const GRANTS: readonly string[] = [
    'The Publisher has the right to verify the unit sales reported by the Retailer by examining the Retailer\'s books at any reasonable time.',
    'Brandco may engage an independent chartered accountant, reasonably acceptable to the Agent, to review the Agent\'s records of commissions.',
    'The Sponsor may, on thirty (30) days\' notice, audit the Venue\'s ticketing systems for compliance with the revenue share.',
  ];
  const NOT_GRANTS: readonly string[] = [
    'The Contractor shall inspect each pump delivered under this Agreement before installing it.',
    'Both parties shall observe all applicable export control laws in performing this Agreement.',
    'Neither party may examine the books or records of the other party.',
    'The Retailer shall keep its books of account at its principal office.',
  ];
  for (const text of GRANTS) it(`grants: ${text.slice(0, 70)}`, () => assert.equal(any(text), true));
  for (const text of NOT_GRANTS) it(`grants nothing: ${text.slice(0, 70)}`, () => assert.equal(any(text), false));
});
