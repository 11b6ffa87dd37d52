import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ChecklistRequest, ReviewRequest } from '../../server/src/protocol';
import { LspClient } from './client';

// Drafts are confidential: the review must not open a socket or ask a resolver.
// The CLI and the server run with denyNetwork.cjs preloaded, which logs and refuses
// every socket, listen, datagram, DNS, HTTP(S) and fetch call; the log must stay empty.

const REPO = resolve(__dirname, '..', '..');
const PRELOAD = join(__dirname, 'denyNetwork.cjs');
const CLI = join(REPO, 'server', 'out', 'cli.js');
const SAMPLE = join(REPO, 'test', 'fixtures', 'samples', 'ccaas-msa.md');

describe('no network while reviewing', function () {
  this.timeout(180000);
  let dir = '';
  let log = '';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'cr-no-socket-'));
    log = join(dir, 'network.log');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const attempts = () => (existsSync(log) ? readFileSync(log, 'utf8') : '');
  const node = (args: readonly string[], input?: string) =>
    spawnSync(process.execPath, ['--require', PRELOAD, ...args], { cwd: dir, input, encoding: 'utf8', env: { ...process.env, DENY_NETWORK_LOG: log } });

  it('the guard itself catches a socket, a DNS lookup and a fetch', () => {
    const run = node(['-e', `
      for (const attempt of [() => require('net').connect(9, '127.0.0.1'), () => require('dns').lookup('localhost', () => {}), () => fetch('http://127.0.0.1:9/')]) {
        try { attempt(); } catch {}
      }`]);
    assert.equal(run.status, 0, run.stderr);
    const seen = attempts();
    for (const api of ['net.connect', 'dns.lookup', 'fetch']) assert.ok(seen.includes(api), `${api} in ${seen}`);
  });

  it('the CLI reviews, reports and compares without opening a socket', () => {
    writeFileSync(join(dir, 'msa.md'), readFileSync(SAMPLE));
    writeFileSync(join(dir, 'other.md'), readFileSync(SAMPLE, 'utf8').replace('three (3) years', 'one (1) year'));
    writeFileSync(join(dir, '.contract-review.json'), JSON.stringify({ renewal: { maxTermMonths: 24 } }));
    for (const args of [['--format', 'sarif', 'msa.md'], ['-o', 'memo.docx', 'msa.md'], ['-'], ['compare', 'msa.md', 'other.md']]) {
      const run = node([CLI, ...args], args.includes('-') ? readFileSync(SAMPLE, 'utf8') : undefined);
      assert.ok(run.status === 0 || run.status === 1, `${args.join(' ')}: exit ${run.status} ${run.stderr}`);
      assert.equal(attempts(), '', args.join(' '));
    }
  });

  it('the server reviews, hovers, fixes and answers requests without opening a socket', async () => {
    const client = await LspClient.start({ execArgv: ['--require', PRELOAD], env: { ...process.env, DENY_NETWORK_LOG: log } });
    try {
      client.writeFile('.contract-review.json', JSON.stringify({ renewal: { maxTermMonths: 24 } }));
      client.writeFile('dpa.md', '# Data Processing Addendum\n\n1. Provider shall process personal data only on instructions.\n');
      const uri = await client.open('msa.md', readFileSync(SAMPLE, 'utf8'));
      const diagnostics = await client.current(uri);
      assert.ok(diagnostics.length > 5);
      await client.hover(uri, diagnostics[0].range.start);
      await client.codeActions(uri, diagnostics);
      await client.request(ChecklistRequest.method, { uri });
      await client.request(ReviewRequest.method, { uri });
      await client.change(uri, `${client.text(uri)}\n\n9. Each party shall bear its own costs.\n`);
      await client.current(uri);
      assert.equal(await client.shutdown(), 0);
    } finally {
      client.dispose();
    }
    assert.equal(attempts(), '');
  });
});
