import assert from 'node:assert/strict';
import { parseContract } from '../../../server/src/engine/parse';
import { readDpa } from '../../../server/src/engine/keyTerms/dpa/readDpa';
import type { DpaTerms } from '../../../server/src/engine/keyTerms/dpa/types';

// keyTerms.dpa over short phrasings written for these tests, each in the way
// real DPAs and vendor terms put it (Common Paper, SaaS vendors' policies).

const dpaOf = (text: string, format: 'markdown' | 'plaintext' = 'plaintext'): DpaTerms => readDpa(parseContract(text, format));

describe('keyTerms.dpa', () => {
  describe('presence', () => {
    const rows: ReadonlyArray<readonly [string, DpaTerms['presentAs']]> = [
      ['# Data Processing Addendum\n\n1. Provider processes Personal Data for Customer.\n\n2. Sub-processors are listed in Annex 3.\n\n3. Personal Data Breach notice applies.', 'document'],
      ['MASTER AGREEMENT\n\n1. FEES\n\nCustomer pays.\n\n2. DATA PROTECTION\n\nProvider shall keep personal data secure.', 'section'],
      ['CLOUD SERVICE AGREEMENT\n\n1. PERSONAL DATA\n\nBefore submitting Personal Data governed by GDPR, Customer must enter into a data processing agreement with Provider.', 'reference'],
      ['Customer shall pay all fees within thirty (30) days.', null],
    ];
    for (const [text, expected] of rows) {
      it(`${expected ?? 'none'}: ${JSON.stringify(text.slice(0, 50))}`, () => {
        assert.equal(dpaOf(text, text.startsWith('#') ? 'markdown' : 'plaintext').presentAs, expected);
      });
    }
  });

  it('reads a DPA incorporated by URL "as updated from time to time" as mutable, with its address', () => {
    const dpa = dpaOf('Provider will process personal data under its Data Processing Addendum at https://vendor.example/legal/dpa, as updated from time to time.');
    assert.equal(dpa.incorporatedByUrl, 'https://vendor.example/legal/dpa');
    assert.equal(dpa.mutable, true);
  });

  it('does not read a DPA changed only by written agreement of both parties as mutable', () => {
    assert.equal(dpaOf('The Data Processing Addendum may be amended from time to time by written agreement of both parties.').mutable, false);
  });

  describe('a change qualifier counts only on the DPA itself', () => {
    const rows: ReadonlyArray<readonly [string, boolean]> = [
      ['Where Vendor handles consumer data (as defined in the Colorado Privacy Act, as amended by later statutes), the Vendor Privacy Addendum is incorporated by reference.', false],
      ['Vendor will follow its Data Processing Addendum and its subprocessor list at https://vendor.example/subs, as may be updated from time to time.', false],
      ['Except as amended by this DPA, the Main Agreement continues unchanged.', false],
      ['Transfer Clauses means the newest clauses approved for transfers (the current version as at the date of this DPA is the one adopted in 2021).', false],
      ['Each party shall comply with the Data Processing Agreement, which includes the transfer clauses, and as may be amended from time to time, that agreement forms part of these Terms.', true],
      ['Vendor may update this DPA by posting a new version on its website.', true],
      ['Vendor shall process personal data under the current version of its Data Protection Terms on its website.', true],
      ['Vendor shall follow the current version of the transfer clauses adopted by the Commission, as this DPA sets out.', false],
    ];
    for (const [text, mutable] of rows) {
      it(`${mutable ? 'mutable' : 'not mutable'}: ${JSON.stringify(text.slice(0, 60))}`, () => {
        assert.equal(dpaOf(text).mutable, mutable);
      });
    }
  });

  describe('elements said in other words', () => {
    it('reads subcontractors as subprocessors: their list, notice of changes and a right to contest', () => {
      const dpa = dpaOf('# Data Processing Agreement\n\n## Subsequent subcontractors\n\nThe Processor keeps a list of its subcontractors with the place where each processes data. The Processor shall inform the Client of any planned change of subcontractor and the Client may contest the change in writing within ten (10) days.', 'markdown');
      assert.deepEqual([dpa.subprocessorList, dpa.subprocessorChangeNotice, dpa.objectionRight], [true, true, true]);
    });

    it('reads a refusal to use subcontractors outside a region, a country and a part of a region as residency', () => {
      assert.deepEqual(dpaOf('The Processor may not engage subcontractors located outside the Member States of the European Union for processing personal data.').residency, ['European Union']);
      assert.deepEqual(dpaOf('Personal data is stored by the Processor in data centres located in France.').residency, ['France']);
      assert.deepEqual(dpaOf('Customer personal data will only be hosted in Western Europe.').residency, ['Europe']);
    });

    it('reads a weak right as weak: written answers that may include audit summaries, a place data may go to', () => {
      assert.equal(dpaOf('Customer may audit Provider\'s compliance by sending written questions, and Provider shall give written responses (which may include audit report summaries).').auditRights, 'reports-only');
      assert.deepEqual(dpaOf('Personal data may be processed outside the European Economic Area, such as in the United States.').residency, []);
    });

    it('reads an on-site inspection the parties will arrange as an audit right, not reports only', () => {
      const dpa = dpaOf('The Processor makes its certificates and audit reports available to the Client on request. If they are not enough, the Processor and the Client will meet to agree the conditions of an on-site inspection.');
      assert.equal(dpa.auditRights, 'full');
    });
  });

  it('reads the vendor\'s breach notice, not the customer\'s duty to report misuse of its accounts', () => {
    const dpa = dpaOf('Customer shall notify Provider promptly of any unauthorized access to its user accounts. Provider shall notify Customer of a Data Incident no later than forty-eight (48) hours after Provider confirms it.');
    assert.deepEqual([dpa.breachNoticeHours, dpa.breachNotice], [48, 'stated']);
    assert.equal(dpaOf('Customer shall notify Provider immediately of any unauthorized access to its passwords.').breachNotice, 'none');
  });

  it('reads audits from annexed transfer clauses that control over the DPA', () => {
    const text = '# Data Processing Addendum\n\n1. Processor will answer Controller\'s reasonable written questions about its security, which answers may include summaries of third-party audit reports.\n\n2. The Standard Contractual Clauses are annexed to this Addendum; in the event of any conflict between this Addendum and the Standard Contractual Clauses, the Standard Contractual Clauses will control.';
    assert.equal(dpaOf(text, 'markdown').auditRights, 'full');
    assert.equal(dpaOf(text.split('\n\n2.')[0], 'markdown').auditRights, 'reports-only');
  });

  describe('breach notice', () => {
    const rows: ReadonlyArray<readonly [string, number | null, DpaTerms['breachNotice']]> = [
      ['Provider will notify Customer without undue delay, and no later than seventy-two (72) hours after becoming aware of a Security Incident.', 72, 'stated'],
      ['Upon becoming aware of a Personal Data Breach, Provider shall notify Customer within 48 hours.', 48, 'stated'],
      ['Provider shall notify Customer of a data breach within five (5) business days.', 168, 'stated'],
      ['Provider shall notify Customer of any Security Incident without undue delay.', null, 'vague'],
      // A vulnerability report answered "usually within 72 hours" is not a breach notice.
      ['Report security vulnerabilities through our bug bounty; we usually reply within 72 hours.', null, 'none'],
      // "material breach" of the contract is not a data breach.
      ['Either party may terminate for material breach on thirty (30) days notice.', null, 'none'],
    ];
    for (const [text, hours, notice] of rows) {
      it(`${notice} ${hours ?? ''}: ${JSON.stringify(text.slice(0, 60))}`, () => {
        const dpa = dpaOf(text);
        assert.deepEqual([dpa.breachNoticeHours, dpa.breachNotice], [hours, notice]);
      });
    }
  });

  describe('audit rights', () => {
    const rows: ReadonlyArray<readonly [string, DpaTerms['auditRights']]> = [
      ['Customer may audit Provider\'s compliance with this DPA once per year.', 'full'],
      ['Provider will allow for and contribute to audits, including inspections by Customer. Customer agrees that it will only exercise its audit rights by instructing Provider to comply with the reporting requirements below.', 'reports-only'],
      ['Upon request, Provider will provide Customer a copy of its most recent SOC 2 Type II report.', 'reports-only'],
      // The vendor auditing the customer's usage is not the buyer's audit right.
      ['Provider may audit Customer\'s use of the Services to verify compliance with the licence.', 'none'],
      ['Customer shall pay all fees.', 'none'],
    ];
    for (const [text, expected] of rows) {
      it(`${expected}: ${JSON.stringify(text.slice(0, 60))}`, () => assert.equal(dpaOf(text).auditRights, expected));
    }
  });

  describe('residency', () => {
    const rows: ReadonlyArray<readonly [string, readonly string[]]> = [
      ['Provider shall store and process Customer Data only in the European Union.', ['European Union']],
      ['Customer Data is hosted in data centers located in the United States and Canada.', ['United States']],
      // Permission to move data out of a region names no place where it stays.
      ['Provider may transfer Customer Personal Data outside the EEA, the United Kingdom, or other territory as necessary.', []],
      // Where the user is located is not where the data is kept.
      ['If you are located in the European Union, your information will be transferred to and stored in the United States.', ['United States']],
      ['Provider may store the data anywhere it operates.', []],
    ];
    for (const [text, expected] of rows) {
      it(`${JSON.stringify(expected)}: ${JSON.stringify(text.slice(0, 60))}`, () => assert.deepEqual(dpaOf(text).residency, expected));
    }
  });

  it('reads subprocessor notice in business days as calendar days, and the right to object', () => {
    const dpa = dpaOf('The current list of Approved Subprocessors includes their identities. Provider will inform Customer at least 10 business days in advance of any intended changes to the Approved Subprocessors. Customer has 30 days after notice of a change to the Approved Subprocessors to object.');
    assert.deepEqual([dpa.subprocessorList, dpa.subprocessorChangeNotice, dpa.subprocessorChangeNoticeDays, dpa.objectionRight], [true, true, 14, true]);
  });

  it('does not take a waived right to object for an objection right', () => {
    assert.equal(dpaOf('Provider may add Subprocessors on notice to Customer, and Customer waives any right to object to a new Subprocessor.').objectionRight, false);
  });

  describe('laws', () => {
    const rows: ReadonlyArray<readonly [string, readonly string[]]> = [
      ['Each party will comply with the UK GDPR.', ['UK GDPR']],
      ['The parties will comply with the GDPR and the California Consumer Privacy Act ("CCPA") as amended by the CPRA.', ['GDPR', 'CCPA', 'CPRA']],
      ['Each party will comply with applicable data protection laws.', []],
    ];
    for (const [text, expected] of rows) {
      it(`${JSON.stringify(expected)}: ${JSON.stringify(text.slice(0, 60))}`, () => assert.deepEqual(dpaOf(text).laws, expected));
    }
  });

  it('reads return or deletion of data, but not a refund or returned goods', () => {
    assert.equal(dpaOf('After the DPA expires, Provider will return or delete Customer Personal Data at Customer\'s instruction.').deletionOrReturn, true);
    assert.equal(dpaOf('Customer may return defective equipment for a refund of the fees.').deletionOrReturn, false);
  });
});
