import assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { LspClient, applyEdits, versionedEdits } from './client';

// The DPA and exit families over the protocol: a "missing clause" quick fix
// inserts the clause-library text, numbered in the draft's style, in the right
// section, and the finding goes away; a DPA saved beside the MSA counts, and a
// change to it (saved, or edited in the editor) reviews the MSA again.

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

// The MSA and its DPA name the same parties, so the DPA beside the MSA is read as part of its deal.
const PARTIES = 'This paper is made between Quillfeather Systems, Inc. ("Provider") and Marlow Freight LLC ("Customer").';
const withoutDpaReference = (text: string): string => text
  .replace('8.1 Provider shall process personal data under the Data Processing Addendum signed by the parties.', '8.1 Provider shall keep personal data secure.')
  .replace('# Master Services Agreement\n', `# Master Services Agreement\n\n${PARTIES}\n`);

const NO_TRANSITION = 'exit/no-transition-assistance';
const BREACH = 'dpa/breach-notice-timeline';
const SUBPROCESSORS = 'dpa/no-subprocessor-disclosure';

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
    const draft = withoutDpaReference(MSA);
    client.writeFile('deal/dpa.md', [
      '# Data Processing Addendum',
      '',
      PARTIES,
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

  it('the title line\'s hover names the files read as part of the deal and those ignored, with the reason', async () => {
    const draft = withoutDpaReference(MSA);
    client.writeFile('deal/dpa.md', `# Data Processing Addendum\n\n${PARTIES}\n\n1. Provider shall keep Customer Data secure.\n`);
    client.writeFile('deal/other-vendor.md', '# Service Order\n\nThis order is made between Tern Analytics GmbH ("Vendor") and Marlow Freight LLC ("Customer").\n');
    client.writeFile('deal/msa.md', draft);
    const uri = await client.open('deal/msa.md', draft);
    await client.current(uri);
    const hover = await client.hover(uri, { line: 0, character: 4 });
    const value = hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
    assert.match(value, /Read as part of this deal[^\n]*\n- dpa\.md: it names the same parties/);
    assert.match(value, /Not part of this deal, so ignored:\n- other-vendor\.md: it names other parties \(Tern Analytics GmbH, Marlow Freight LLC\)/);
  });

  it('reviews the draft again when a sibling draft is saved with a change (didChangeWatchedFiles)', async () => {
    const draft = withoutDpaReference(MSA);
    client.writeFile('deal/dpa.md', `# Data Processing Addendum\n\n${PARTIES}\n\n1. Provider shall keep Customer Data secure.\n`);
    client.writeFile('deal/msa.md', draft);
    const uri = await client.open('deal/msa.md', draft);
    const before = await client.current(uri);
    assert.ok(before.some((d) => d.code === BREACH), `no breach deadline anywhere yet: ${JSON.stringify(before.map((d) => d.code))}`);

    client.writeFile('deal/dpa.md', `# Data Processing Addendum\n\n${PARTIES}\n\n1. Provider shall notify Customer of any Security Incident within forty-eight (48) hours.\n`);
    await client.watchedFileChanged('deal/dpa.md', 2);
    const after = await client.diagnostics(uri, (p) => !p.diagnostics.some((d) => d.code === BREACH), `${BREACH} is gone`);
    assert.ok(after.some((d) => d.code === 'dpa/no-data-residency'), 'the other findings stay');
    assert.equal(client.version(uri), 1, 'the draft itself was not edited');
  });

  it('reviews the draft again when an open sibling draft is edited, before it is saved', async () => {
    const draft = withoutDpaReference(MSA);
    client.writeFile('deal/msa.md', draft);
    const dpaText = `# Data Processing Addendum\n\n${PARTIES}\n\n1. Provider shall keep Customer Data secure.\n`;
    client.writeFile('deal/dpa.md', dpaText);
    const uri = await client.open('deal/msa.md', draft);
    const dpa = await client.open('deal/dpa.md', dpaText);
    const before = await client.current(uri);
    assert.ok(before.some((d) => d.code === SUBPROCESSORS), `no subprocessor list yet: ${JSON.stringify(before.map((d) => d.code))}`);

    await client.change(dpa, `${dpaText}\n2. The current list of Subprocessors is set out in Annex 2.\n`);
    await client.diagnostics(uri, (p) => !p.diagnostics.some((d) => d.code === SUBPROCESSORS), `${SUBPROCESSORS} is gone`);

    // Closed without saving, the sibling is back to its saved text, and so is the finding.
    await client.close(dpa);
    await client.diagnostics(uri, (p) => p.diagnostics.some((d) => d.code === SUBPROCESSORS), `${SUBPROCESSORS} is back`);
  });
});
