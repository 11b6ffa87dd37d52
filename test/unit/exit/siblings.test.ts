import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { review } from '../../../server/src/engine/review';
import { readSiblingDrafts, MAX_SIBLINGS } from '../../../server/src/siblingFiles';

// A deal in one folder: an element stated in a sibling draft of the same deal is not missing here.

const PARTIES = 'between Quillfeather Systems, Inc. ("Provider") and Marlow Freight LLC ("Customer")';
const MSA = [
  '# Master Services Agreement',
  '',
  `This agreement is made ${PARTIES}.`,
  '',
  'Provider hosts Customer Data, including call recordings, for Customer.',
  '',
  '## 5. Data Protection',
  '',
  '5.1 Provider shall keep personal data secure.',
  '',
  '## 6. Effect of Termination',
  '',
  '6.1 Upon termination, all licences end.',
  '',
].join('\n');

const DPA = `# Data Processing Addendum\n\nThis addendum is made ${PARTIES}.\n\n1. Provider shall store Customer Data only in the European Union.\n\n2. Provider shall notify Customer of a Security Incident within 24 hours.\n`;
const EXIT_TERMS = `# Data Return Schedule\n\nThis schedule is made ${PARTIES}.\n\n1. For ninety (90) days after termination, Customer may export Customer Data, including call recordings, in WAV and CSV formats at no additional charge.\n\n2. Provider shall provide transition assistance on termination.\n`;

const ruleIds = (text: string, siblings: { path: string; text: string }[] = []): string[] =>
  review(text, { format: 'markdown', siblings }).findings.map((f) => f.ruleId);

describe('sibling drafts', () => {
  it('an element a sibling DPA states is not reported missing; others still are', () => {
    const alone = ruleIds(MSA);
    assert.ok(alone.includes('dpa/no-data-residency') && alone.includes('dpa/breach-notice-timeline'), JSON.stringify(alone));
    const withDpa = ruleIds(MSA, [{ path: 'dpa.md', text: DPA }]);
    assert.ok(!withDpa.includes('dpa/no-data-residency') && !withDpa.includes('dpa/breach-notice-timeline'), JSON.stringify(withDpa));
    assert.ok(withDpa.includes('dpa/no-audit-rights'), JSON.stringify(withDpa));
  });

  it('an export right and transition help in a sibling count for the MSA, and the checklist says where', () => {
    const alone = ruleIds(MSA);
    assert.ok(alone.includes('exit/no-data-export') && alone.includes('exit/no-transition-assistance'), JSON.stringify(alone));
    const result = review(MSA, { format: 'markdown', siblings: [{ path: 'schedule.md', text: EXIT_TERMS }] });
    assert.deepEqual(result.findings.filter((f) => f.ruleId === 'exit/no-data-export' || f.ruleId === 'exit/no-transition-assistance'), []);
    const item = result.checklist.find((i) => i.id === 'exit-transition');
    assert.equal(item?.state, 'met');
    assert.match(item?.detail ?? '', /in schedule\.md, taken as part of this deal because it names the same parties \(Quillfeather Systems Inc\., Marlow Freight LLC\)/);
  });

  it('a sibling DPA stops the missing-DPA finding', () => {
    const noDpa = MSA.replace('## 5. Data Protection\n\n5.1 Provider shall keep personal data secure.\n\n', '');
    assert.ok(ruleIds(noDpa).includes('dpa/missing-dpa'));
    assert.ok(!ruleIds(noDpa, [{ path: 'dpa.md', text: DPA }]).includes('dpa/missing-dpa'));
  });

  it('reads the .md and .txt drafts beside a file, not the file itself, other extensions, hidden or large files', () => {
    const folder = mkdtempSync(join(tmpdir(), 'contract-review-siblings-'));
    writeFileSync(join(folder, 'msa.md'), MSA);
    writeFileSync(join(folder, 'dpa.md'), DPA);
    writeFileSync(join(folder, 'order.txt'), 'ORDER FORM');
    writeFileSync(join(folder, 'notes.json'), '{}');
    writeFileSync(join(folder, '.hidden.md'), 'x');
    writeFileSync(join(folder, 'huge.txt'), Buffer.alloc(2 * 1024 * 1024 + 1, 0x61));
    assert.deepEqual(readSiblingDrafts(join(folder, 'msa.md')).map((s) => s.path), ['dpa.md', 'order.txt']);
  });

  it(`reads at most ${MAX_SIBLINGS} siblings`, () => {
    const folder = mkdtempSync(join(tmpdir(), 'contract-review-siblings-'));
    for (let i = 0; i < MAX_SIBLINGS + 5; i++) writeFileSync(join(folder, `d${String(i).padStart(2, '0')}.txt`), 'text');
    assert.equal(readSiblingDrafts(join(folder, 'd00.txt')).length, MAX_SIBLINGS);
  });

  it('a folder that cannot be read gives no siblings', () => {
    assert.deepEqual(readSiblingDrafts(join(tmpdir(), 'no-such-folder-for-contract-review', 'msa.md')), []);
  });
});
