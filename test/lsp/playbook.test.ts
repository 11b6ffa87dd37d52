import assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { LspClient, textAt } from './client';
import { LONG_NOTICE, LONG_TERM, RENEWAL_DRAFT } from './drafts';

const PLAYBOOK = '.contract-review.json';
const BAD_PLAYBOOK = '{\n  "renewal": {"maxTermMonths": "twelve"},\n  "colour": 1\n}\n';

describe('lsp: playbooks', function () {
  this.timeout(15000);
  let client: LspClient;
  beforeEach(async () => { client = await LspClient.start(); });
  afterEach(() => client.dispose());

  async function playbookDiagnostics(what: string, accept: (d: Diagnostic[]) => boolean): Promise<Diagnostic[]> {
    return client.diagnostics(client.uri(PLAYBOOK), (p) => accept(p.diagnostics), what);
  }

  it('watches the default playbook file when the client allows dynamic registration', async () => {
    const uri = await client.open('msa.md', '# Notes\n');
    await client.current(uri);
    const watchers = client.registrations
      .flatMap((r) => r.registrations)
      .filter((r) => r.method === 'workspace/didChangeWatchedFiles')
      .flatMap((r) => (r.registerOptions as { watchers: { globPattern: string }[] }).watchers);
    assert.ok(watchers.some((w) => w.globPattern === '**/.contract-review.json'), JSON.stringify(watchers));
  });

  it('reports a bad playbook on the playbook file, naming each field', async () => {
    client.writeFile(PLAYBOOK, BAD_PLAYBOOK);
    const uri = await client.open('msa.md', RENEWAL_DRAFT);
    await client.current(uri);
    const problems = await playbookDiagnostics('there are problems', (d) => d.length > 0);
    assert.equal(problems.length, 2, JSON.stringify(problems));
    for (const p of problems) {
      assert.equal(p.source, 'contract-review');
      assert.equal(p.code, 'playbook');
    }
    const term = problems.find((p) => p.message.includes('renewal.maxTermMonths'));
    const colour = problems.find((p) => p.message.includes('colour'));
    assert.ok(term && colour, JSON.stringify(problems.map((p) => p.message)));
    assert.equal(term.range.start.line, 1);
    assert.match(textAt(BAD_PLAYBOOK, term.range), /maxTermMonths/);
    assert.equal(colour.range.start.line, 2);
  });

  it('keeps reviewing the draft with the defaults when the playbook is bad', async () => {
    client.writeFile(PLAYBOOK, BAD_PLAYBOOK);
    const uri = await client.open('msa.md', RENEWAL_DRAFT);
    const diagnostics = await client.current(uri);
    assert.ok(diagnostics.some((d) => d.code === LONG_TERM), JSON.stringify(diagnostics.map((d) => d.code)));
    assert.ok(diagnostics.some((d) => d.code === LONG_NOTICE));
  });

  it('keeps the good fields of a playbook with a bad one, as the CLI does', async () => {
    client.writeFile(PLAYBOOK, '{ "renewal": { "maxTermMonths": 36, "maxNoticeDays": "ninety" } }\n');
    const uri = await client.open('msa.md', RENEWAL_DRAFT);
    const diagnostics = await client.current(uri);
    assert.ok(!diagnostics.some((d) => d.code === LONG_TERM), '36 months allows the 3-year renewal');
    assert.ok(diagnostics.some((d) => d.code === LONG_NOTICE), 'the bad notice field keeps its default of 90 days');
    const problems = await playbookDiagnostics('there are problems', (d) => d.length > 0);
    assert.equal(problems.length, 1, JSON.stringify(problems));
    assert.match(problems[0].message, /renewal\.maxNoticeDays/);
  });

  it('reports a deeply nested playbook on the file and still reviews the draft (issue 12.6)', async () => {
    client.writeFile(PLAYBOOK, `{"renewal": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`);
    const uri = await client.open('msa.md', RENEWAL_DRAFT);
    const diagnostics = await client.current(uri);
    assert.ok(diagnostics.some((d) => d.code === LONG_TERM), JSON.stringify(diagnostics.map((d) => d.code)));
    const problems = await playbookDiagnostics('the nesting is reported', (d) => d.length > 0);
    assert.match(problems[0].message, /nests more than 64 levels/);
  });

  it('clears the problems when the file is fixed and the watcher reports it', async () => {
    client.writeFile(PLAYBOOK, BAD_PLAYBOOK);
    const uri = await client.open('msa.md', '# Notes\n');
    await client.current(uri);
    await playbookDiagnostics('there are problems', (d) => d.length > 0);
    client.writeFile(PLAYBOOK, '{ "renewal": { "maxTermMonths": 12 } }\n');
    await client.watchedFileChanged(PLAYBOOK, 2);
    assert.deepEqual(await playbookDiagnostics('the problems are cleared', (d) => d.length === 0), []);
  });

  it('applies a new default playbook once the watcher reports it', async () => {
    const uri = await client.open('msa.md', RENEWAL_DRAFT);
    const before = await client.current(uri);
    assert.ok(before.some((d) => d.code === LONG_TERM), JSON.stringify(before.map((d) => d.code)));
    client.writeFile(PLAYBOOK, JSON.stringify({ renewal: { maxTermMonths: 48 } }));
    await client.watchedFileChanged(PLAYBOOK, 1);
    const after = await client.diagnostics(uri, (p) => !p.diagnostics.some((d) => d.code === LONG_TERM), `${LONG_TERM} is gone`);
    assert.ok(after.some((d) => d.code === LONG_NOTICE), 'the notice finding stays');
  });

  it('switches a rule off from the playbook', async () => {
    client.writeFile(PLAYBOOK, JSON.stringify({ rules: { [LONG_NOTICE]: 'off', [LONG_TERM]: 'error' } }));
    const uri = await client.open('msa.md', RENEWAL_DRAFT);
    const diagnostics = await client.current(uri);
    assert.equal(diagnostics.some((d) => d.code === LONG_NOTICE), false);
    assert.equal(diagnostics.find((d) => d.code === LONG_TERM)?.severity, 1);
  });

  it('reports a binary playbook as one problem', async () => {
    client.writeFile(PLAYBOOK, Buffer.from([0x7b, 0x00, 0xff, 0xfe, 0x01, 0x7d]));
    const uri = await client.open('msa.md', '# Notes\n');
    await client.current(uri);
    const problems = await playbookDiagnostics('there are problems', (d) => d.length > 0);
    assert.equal(problems.length, 1);
    assert.match(problems[0].message, /text|binary/i);
    assert.ok(client.alive);
  });

  it('reports a playbook that is not JSON, and one that is a directory, without crashing', async () => {
    client.writeFile(PLAYBOOK, '{ "renewal": ');
    const uri = await client.open('msa.md', '# Notes\n');
    await client.current(uri);
    const problems = await playbookDiagnostics('there are problems', (d) => d.length > 0);
    assert.match(problems[0].message, /JSON/);

    client.writeFile('folder-playbook/inside.txt', 'x');
    client.settings.playbook = 'folder-playbook';
    await client.settingsChanged();
    const folderUri = client.uri('folder-playbook');
    const folderProblems = await client.diagnostics(folderUri, (p) => p.diagnostics.length > 0, 'the folder is reported');
    assert.equal(folderProblems.length, 1);
    assert.ok(client.alive);
  });
});
