import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { review } from '../../../server/src/engine/review';
import { playbookSchema } from '../../../server/src/engine/playbook/schema';

// Inserted and replacing clauses speak the draft's language: its names for the
// parties, the service, the data and the credits, and no right it does not grant.
// The drafts are made up.

const SAMPLE = readFileSync(join(__dirname, '..', '..', 'fixtures', 'samples', 'ccaas-msa.md'), 'utf8');

const OWN_TERMS = [
  '# Hosted Platform Agreement',
  '',
  'This agreement is made between Larkspur Dialer Inc. ("Vendor") and Pinecrest Mutual LLC ("Client").',
  '',
  '## 1. Definitions',
  '',
  '1.1 "Hosted Platform" means the contact centre software Vendor runs for Client.',
  '',
  '1.2 "Client Content" means the recordings, transcripts and contact records Client stores on the Hosted Platform.',
  '',
  '## 2. Service Levels',
  '',
  '2.1 Vendor will use reasonable efforts to keep the Hosted Platform available 99.5% of the time in each calendar month.',
  '',
  '2.2 Credits are Client\'s sole and exclusive remedy for any failure to meet the availability target.',
  '',
  '## 3. Effect of Termination',
  '',
  '3.1 Upon termination, Vendor may delete Client Content.',
  '',
].join('\n');

function fixText(text: string, ruleId: string, options: Parameters<typeof review>[1] = {}): string {
  const finding = review(text, options).findings.find((f) => f.ruleId === ruleId);
  assert.ok(finding, `${ruleId} in ${JSON.stringify(review(text, options).findings.map((f) => f.ruleId))}`);
  const edit = finding.fixes[0]?.edits[0];
  assert.ok(edit, `${ruleId} offers a fix`);
  return edit.newText;
}

describe('inserted clauses use the draft\'s own terms', () => {
  it('the sole-remedy replacement names no chronic-failure right the draft lacks, and no undefined "Service Credits"', () => {
    const sample = fixText(SAMPLE, 'sla/sole-remedy');
    assert.doesNotMatch(sample, /chronic failure/);
    assert.doesNotMatch(sample, /Service Credits/);
    assert.match(sample, /^Service credits are in addition to/);
    const own = fixText(OWN_TERMS, 'sla/sole-remedy');
    assert.match(own, /Credits are in addition to, and not in place of, any other rights and remedies Client has/);
    assert.doesNotMatch(own, /Customer|Provider|chronic/);
  });

  it('the sole-remedy replacement keeps the chronic-failure right where the draft grants one', () => {
    const withExit = SAMPLE.replace('4.2 Service credits', '4.2 If the Services miss the availability target in three consecutive months, Customer may terminate this Agreement.\n\n4.3 Service credits');
    assert.match(fixText(withExit, 'sla/sole-remedy'), /including the right to terminate for chronic failure/);
  });

  it('the data export clause exports the draft\'s defined data, for its parties', () => {
    const sample = fixText(SAMPLE, 'exit/no-data-export');
    assert.match(sample, /a complete export of Customer Data/);
    const own = fixText(OWN_TERMS, 'exit/no-data-export');
    assert.match(own, /Vendor shall deliver to Client a complete export of Client Content/);
    assert.doesNotMatch(own, /Customer|Provider|customer data/);
  });

  it('the chronic-failure clause names the draft\'s service, in the right number', () => {
    const sample = fixText(SAMPLE, 'sla/no-chronic-failure-exit');
    assert.match(sample, /If the Services miss the committed availability/);
    const own = fixText(OWN_TERMS, 'sla/no-chronic-failure-exit');
    assert.match(own, /If the Hosted Platform misses the committed availability .* Client may terminate/);
    assert.match(own, /in addition to any credits\.$/);
  });

  it('transition assistance is priced without an Order Form the draft never mentions', () => {
    const own = fixText(OWN_TERMS, 'exit/no-transition-assistance');
    assert.doesNotMatch(own, /Order Form/);
    assert.match(own, /at rates agreed in writing in advance/);
    assert.match(fixText(SAMPLE, 'exit/no-transition-assistance'), /at the rates set out in the Order Form/);
  });

  it('a playbook\'s own clause is inserted as the team wrote it', () => {
    const playbook = playbookSchema.parse({ clauses: { 'exit/data-export': 'Data Export. Provider shall export all customer data on request.' } });
    assert.equal(fixText(OWN_TERMS, 'exit/no-data-export', { playbook }).trim().replace(/^\S+ /, ''), 'Data Export. Provider shall export all customer data on request.');
  });
});
