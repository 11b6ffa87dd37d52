import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseContract } from '../../../server/src/engine/parse';
import { readDealIdentity } from '../../../server/src/engine/deal/identity';
import { review } from '../../../server/src/engine/review';
import { playbookSchema } from '../../../server/src/engine/playbook/schema';

// Which drafts beside this one belong to its deal. All parties and wording are made up.

const SAMPLE = readFileSync(join(__dirname, '..', '..', 'fixtures', 'samples', 'ccaas-msa.md'), 'utf8');

// Another vendor's paper for the same buyer: it grants everything the sample lacks.
const OTHER_VENDOR_MSA = [
  '# Master Services Agreement',
  '',
  'This agreement is made between Bluefin Voice Systems Ltd ("Provider") and Harbor Retail Group LLC ("Customer").',
  '',
  '## 9. Exit',
  '',
  '9.1 For ninety (90) days after termination, Customer may export all Customer Data, including call recordings, in WAV and CSV formats at no additional charge.',
  '',
  '9.2 Provider shall provide transition assistance on termination.',
  '',
].join('\n');
const OTHER_VENDOR_DPA = [
  '# Data Processing Addendum',
  '',
  'This addendum is made between Bluefin Voice Systems Ltd ("Provider") and Harbor Retail Group LLC ("Customer").',
  '',
  '1. Provider shall store Customer Data only in the European Union.',
  '',
  '2. Provider shall notify Customer of a Security Incident within 24 hours.',
  '',
  '3. Customer may audit Provider once a year on thirty days\' notice.',
  '',
].join('\n');
const THIS_VENDOR_DPA = OTHER_VENDOR_DPA.replace(/Bluefin Voice Systems Ltd/g, 'Northwind Contact Cloud, Inc.');

const ruleIds = (r: ReturnType<typeof review>) => r.findings.map((f) => f.ruleId).sort();

describe('deal: which sibling drafts belong to this draft\'s deal', () => {
  it('reads the parties of a preamble with their roles, and the title and label', () => {
    const identity = readDealIdentity(parseContract(SAMPLE, 'markdown'));
    assert.equal(identity.kind, 'msa');
    assert.deepEqual(identity.parties.map((p) => [p.key, p.role]), [['northwind contact cloud', 'provider'], ['harbor retail group', 'customer']]);
    const exhibit = readDealIdentity(parseContract('# Exhibit C - Service Levels (v3)\n\nUptime terms.\n', 'markdown'));
    assert.equal(exhibit.label, 'exhibit c');
    assert.equal(exhibit.name, 'service levels');
  });

  it('another vendor\'s drafts for the same buyer hide no finding and supply no checklist item', () => {
    const alone = review(SAMPLE);
    const withOthers = review(SAMPLE, { fileName: 'ccaas-msa.md', siblings: [
      { path: 'bluefin-msa.md', text: OTHER_VENDOR_MSA }, { path: 'bluefin-dpa.md', text: OTHER_VENDOR_DPA },
    ] });
    assert.deepEqual(ruleIds(withOthers), ruleIds(alone));
    assert.ok(ruleIds(withOthers).includes('exit/no-data-export'));
    assert.deepEqual(withOthers.checklist.filter((i) => /bluefin/.test(i.detail)), []);
    assert.deepEqual(withOthers.deal.map((d) => [d.path, d.member]), [['bluefin-msa.md', false], ['bluefin-dpa.md', false]]);
    assert.match(withOthers.deal[1].reason, /names other parties \(Bluefin Voice Systems Ltd, Harbor Retail Group LLC\)/);
  });

  it('the same vendor\'s DPA beside the MSA counts, and the checklist says which file and why', () => {
    const result = review(SAMPLE, { fileName: 'ccaas-msa.md', siblings: [{ path: 'northwind-dpa.md', text: THIS_VENDOR_DPA }] });
    assert.ok(!ruleIds(result).includes('dpa/no-data-residency'), JSON.stringify(ruleIds(result)));
    const residency = result.checklist.find((i) => i.id === 'dpa-residency');
    assert.match(residency?.detail ?? '', /in northwind-dpa\.md, taken as part of this deal because it names the same parties/);
  });

  it('an earlier turn of the same draft (msa-v1.md beside msa-v2.md) is a version, not an annex, even with the same parties', () => {
    const v1 = `${SAMPLE}\n## 9. Exit\n\n9.1 Customer may export all Customer Data in CSV format within thirty (30) days after termination.\n`;
    const result = review(SAMPLE, { fileName: 'msa-v2.md', siblings: [{ path: 'msa-v1.md', text: v1 }] });
    assert.ok(ruleIds(result).includes('exit/no-data-export'));
    assert.equal(result.deal[0].member, false);
    assert.match(result.deal[0].reason, /another master agreement, taken as an earlier or later version/);
  });

  it('versions are told apart by title or file name when the kind is not known', () => {
    const note = (n: number) => `# Pricing Notes (draft ${n})\n\nProvider shall provide transition assistance on termination.\n`;
    const byTitle = review('# Pricing Notes\n\nCustomer pays monthly.\n', { fileName: 'notes.md', siblings: [{ path: 'other.md', text: note(1) }] });
    assert.match(byTitle.deal[0].reason, /has this draft's title/);
    const byName = review('# Notes A\n\nCustomer pays monthly.\n', { fileName: 'terms_v2.md', siblings: [{ path: 'terms_v1.md', text: '# Notes B\n\nOther text.\n' }] });
    assert.match(byName.deal[0].reason, /file name differs from this draft's only by a version mark/);
  });

  it('a paper with no parties counts when this draft refers to it by title, label or kind; otherwise it is ignored', () => {
    const schedule = '# Exhibit C - Service Levels\n\n1. Customer may export all Customer Data, including call recordings, in CSV format within thirty (30) days after termination.\n';
    const msa = (extra: string) => `# Master Services Agreement\n\nProvider hosts Customer Data, including call recordings.\n\n## 6. Effect of Termination\n\n6.1 Upon termination, all licences end.${extra}\n`;
    const byLabel = review(msa(' Exit terms are in Exhibit C.'), { siblings: [{ path: 'c.md', text: schedule }] });
    assert.deepEqual([byLabel.deal[0].member, byLabel.deal[0].reason], [true, 'this draft refers to it as "Exhibit C"']);
    assert.ok(!ruleIds(byLabel).includes('exit/no-data-export'));
    const byTitle = review(msa(' Exit terms are in the Service Levels exhibit.'), { siblings: [{ path: 'c.md', text: schedule }] });
    assert.equal(byTitle.deal[0].reason, 'this draft refers to it as "Service Levels"');
    const dpa = '# Data Protection Terms\n\n1. Personal data stays in the European Union.\n\n2. Provider processes personal data as a processor under the GDPR.\n';
    const byKind = review(msa(' Personal data is handled under the Data Processing Addendum.'), { siblings: [{ path: 'p.md', text: dpa }] });
    assert.equal(byKind.deal[0].reason, 'this draft refers to it as "Data Processing Addendum"');
    const unrelated = review(msa(''), { siblings: [{ path: 'c.md', text: schedule }] });
    assert.equal(unrelated.deal[0].member, false);
    assert.ok(ruleIds(unrelated).includes('exit/no-data-export'));
  });

  it('a reference does not pull in a paper that names other parties', () => {
    const msa = `${SAMPLE}\nThe Data Processing Addendum applies.\n`;
    const result = review(msa, { siblings: [{ path: 'bluefin-dpa.md', text: OTHER_VENDOR_DPA }] });
    assert.equal(result.deal[0].member, false);
  });

  it('the playbook\'s deals group files explicitly, and override parties and references', () => {
    const playbook = playbookSchema.parse({ deals: [['ccaas-msa.md', 'bluefin-dpa.md'], ['northwind-dpa.md']] });
    const siblings = [{ path: 'bluefin-dpa.md', text: OTHER_VENDOR_DPA }, { path: 'northwind-dpa.md', text: THIS_VENDOR_DPA }];
    const result = review(SAMPLE, { fileName: 'ccaas-msa.md', playbook, siblings });
    assert.deepEqual(result.deal.map((d) => [d.path, d.member, d.reason]), [
      ['bluefin-dpa.md', true, 'the playbook lists it in this draft\'s deal'],
      ['northwind-dpa.md', false, 'the playbook does not list it in this draft\'s deal'],
    ]);
    const notListed = review(SAMPLE, { fileName: 'elsewhere.md', playbook, siblings: [{ path: 'northwind-dpa.md', text: THIS_VENDOR_DPA }] });
    assert.deepEqual([notListed.deal[0].member, notListed.deal[0].reason], [false, 'the playbook lists it in another deal']);
  });
});
