import assert from 'node:assert/strict';
import type { MarkupContent } from 'vscode-languageserver-protocol';
import { LspClient, applyEdits, versionedEdits } from './client';

// The SLA family over the protocol: the credit-tier table in a hover, and a
// clause inserted from the clause library, numbered after the section's last clause.

const SLA_DRAFT = [
  '# Service Level Agreement',
  '',
  '## 4. Availability',
  '',
  '4.1 Provider shall make the Service available at least 99.99% of the time in each calendar month.',
  '',
  '4.2 If availability in a calendar month falls below 99.99%, Provider shall credit 5% of that month\'s fees; below 99.9%, 10%.',
  '',
  '## 5. Fees',
  '',
  '5.1 Customer shall pay the fees within thirty (30) days of invoice.',
  '',
].join('\n');

const WEAK_CREDITS = 'sla/weak-credits';
const NO_CHRONIC_EXIT = 'sla/no-chronic-failure-exit';

describe('lsp: SLA hover and inserted clause', function () {
  this.timeout(15000);
  let client: LspClient;
  beforeEach(async () => { client = await LspClient.start(); });
  afterEach(() => client.dispose());

  it('shows the parsed credit tiers, the maximum and the playbook position in the hover', async () => {
    const uri = await client.open('sla.md', SLA_DRAFT);
    const diagnostics = await client.current(uri);
    const credits = diagnostics.find((d) => d.code === WEAK_CREDITS);
    assert.ok(credits, `expected ${WEAK_CREDITS}, got ${JSON.stringify(diagnostics.map((d) => d.code))}`);
    const hover = await client.hover(uri, credits.range.start);
    assert.ok(hover);
    const text = (hover.contents as MarkupContent).value;
    assert.ok(text.includes('| When | Credit |'), text);
    assert.ok(text.includes('| availability below 99.99% | 5% of the period\'s fees |'), text);
    assert.ok(text.includes('| availability below 99.9% | 10% of the period\'s fees |'), text);
    assert.ok(text.includes('Most a customer can earn: 10% (top tier).'), text);
    assert.ok(text.includes('Playbook: first tier at least 10%, maximum at least 25%.'), text);
  });

  it('explains a credit clause that meets the playbook with the same table, though nothing is flagged there', async () => {
    const generous = SLA_DRAFT.replace("credit 5% of that month's fees; below 99.9%, 10%", "credit 10% of that month's fees; below 99.9%, 30%");
    const uri = await client.open('sla-generous.md', generous);
    const diagnostics = await client.current(uri);
    assert.equal(diagnostics.some((d) => d.code === WEAK_CREDITS), false, JSON.stringify(diagnostics.map((d) => d.code)));
    const line = generous.split('\n').findIndex((l) => l.startsWith('4.2 '));
    const character = generous.split('\n')[line].indexOf('10%');
    const hover = await client.hover(uri, { line, character });
    assert.ok(hover, 'expected a hover on the credit tier');
    const text = (hover.contents as MarkupContent).value;
    assert.ok(text.startsWith('**Service credits**'), text);
    assert.ok(text.includes('| availability below 99.99% | 10% of the period\'s fees |'), text);
    assert.ok(text.includes('Most a customer can earn: 30% (top tier).'), text);
  });

  it('inserts the chronic-failure clause as 4.3, after the SLA section, and the finding goes away', async () => {
    const uri = await client.open('sla.md', SLA_DRAFT);
    const diagnostics = await client.current(uri);
    const missing = diagnostics.find((d) => d.code === NO_CHRONIC_EXIT);
    assert.ok(missing, `expected ${NO_CHRONIC_EXIT}, got ${JSON.stringify(diagnostics.map((d) => d.code))}`);
    const actions = await client.codeActions(uri, [missing]);
    const insert = actions.find((a) => a.title === 'Insert a chronic-failure termination clause');
    assert.ok(insert, JSON.stringify(actions.map((a) => a.title)));
    const fixed = applyEdits(SLA_DRAFT, versionedEdits(insert, uri, 1));
    const lines = fixed.split('\n');
    const inserted = lines.findIndex((l) => l.startsWith('4.3 Chronic Failure.'));
    assert.ok(inserted > 0, fixed);
    assert.equal(lines[inserted - 1], '');
    assert.ok(lines[inserted - 2].startsWith('4.2 '), fixed);
    assert.equal(lines[inserted + 2], '## 5. Fees', fixed);
    await client.change(uri, fixed);
    const after = await client.current(uri);
    assert.equal(after.some((d) => d.code === NO_CHRONIC_EXIT), false, fixed);
  });
});
