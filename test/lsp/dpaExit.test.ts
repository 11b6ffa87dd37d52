import assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { LspClient, applyEdits, versionedEdits } from './client';

// The DPA and exit families over the protocol: a "missing clause" quick fix
// inserts the clause-library text, numbered in the draft's style, in the right
// section, and the finding goes away; a DPA saved beside the MSA counts.

const MSA = [
  '# Master Services Agreement',
  '',
  'Provider hosts Customer Data, including call recordings, for Customer\'s contact center.',
  '',
  '## 7. Effect of Termination',
  '',
  '7.1 For ninety (90) days after termination, Customer may retrieve and export Customer Data, including all call recordings, in CSV and WAV formats at no additional charge.',
  '',
  '7.2 Upon termination, all licences granted to Customer end.',
  '',
  '## 8. Data Protection',
  '',
  '8.1 Provider shall process personal data under the Data Processing Addendum signed by the parties.',
  '',
].join('\n');

const NO_TRANSITION = 'exit/no-transition-assistance';

describe('lsp: DPA and exit rules', function () {
  this.timeout(20000);
  let client: LspClient;
  beforeEach(async () => { client = await LspClient.start(); });
  afterEach(() => client.dispose());

  it('inserts a transition clause as 7.3 at the end of the termination section, and the finding goes away', async () => {
    const uri = await client.open('msa.md', MSA);
    const diagnostics = await client.current(uri);
    const finding = diagnostics.find((d: Diagnostic) => d.code === NO_TRANSITION);
    assert.ok(finding, `expected ${NO_TRANSITION}, got ${JSON.stringify(diagnostics.map((d) => d.code))}`);
    assert.equal(finding.range.start.line, 4, 'on the heading of the termination section');

    const actions = await client.codeActions(uri, [finding]);
    const insert = actions.find((a) => a.title === 'Insert a transition assistance clause');
    assert.ok(insert, `got ${JSON.stringify(actions.map((a) => a.title))}`);
    const fixed = applyEdits(MSA, versionedEdits(insert, uri, 1));
    const lines = fixed.split('\n');
    const at = lines.findIndex((l) => l.startsWith('7.3 Transition Assistance.'));
    assert.ok(at > lines.indexOf('7.2 Upon termination, all licences granted to Customer end.'), fixed);
    assert.ok(at < lines.indexOf('## 8. Data Protection'), fixed);

    await client.change(uri, fixed);
    const after = await client.current(uri);
    assert.deepEqual(after.filter((d) => d.code === NO_TRANSITION), []);
  });

  it('counts a DPA saved in the same folder: no "missing" DPA findings for elements it states', async () => {
    const draft = MSA.replace('8.1 Provider shall process personal data under the Data Processing Addendum signed by the parties.', '8.1 Provider shall keep personal data secure.');
    client.writeFile('deal/dpa.md', [
      '# Data Processing Addendum',
      '',
      '1. Provider shall notify Customer of any Security Incident within forty-eight (48) hours.',
      '',
      '2. The current list of Subprocessors is set out in Annex 2.',
      '',
    ].join('\n'));
    client.writeFile('deal/msa.md', draft);
    const uri = await client.open('deal/msa.md', draft);
    const codes = (await client.current(uri)).map((d) => String(d.code));
    assert.ok(codes.includes('dpa/no-data-residency'), `the sibling names no region: ${JSON.stringify(codes)}`);
    assert.ok(!codes.includes('dpa/breach-notice-timeline'), `the sibling states breach notice: ${JSON.stringify(codes)}`);
    assert.ok(!codes.includes('dpa/no-subprocessor-disclosure'), `the sibling lists subprocessors: ${JSON.stringify(codes)}`);
  });
});
