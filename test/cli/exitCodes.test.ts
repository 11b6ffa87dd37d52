import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertCliBuilt, fixture, FIXTURES, REPO_ROOT, runCli } from './runCli';

const PINNED = ['--playbook', fixture('severities-playbook.json')];

describe('cli: exit status and messages', function () {
  before(assertCliBuilt);

  it('--help prints usage on stdout and exits 0', async () => {
    const run = await runCli(['--help']);
    assert.equal(run.code, 0);
    assert.match(run.stdout, /^Usage: contract-review \[options\] FILE\.\.\./);
    assert.match(run.stdout, /--fail-on error\|warning\|information\|never/);
    assert.equal(run.stderr, '');
  });

  it('--version prints the package version', async () => {
    const { version } = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
    const run = await runCli(['--version']);
    assert.equal(run.code, 0);
    assert.equal(run.stdout, `${version}\n`);
  });

  describe('--fail-on with warnings and information only (renewal draft, pinned severities)', () => {
    // severities-playbook.json: long-renewal-term → warning, long-notice-period → information.
    const cases: [string[], number][] = [
      [[], 0],
      [['--fail-on', 'error'], 0],
      [['--fail-on', 'warning'], 1],
      [['--fail-on', 'information'], 1],
      [['--fail-on', 'never'], 0],
    ];
    for (const [flags, expected] of cases) {
      it(`${flags.join(' ') || '(default)'} exits ${expected}`, async () => {
        const run = await runCli([...PINNED, ...flags, fixture('renewal-msa.md')]);
        assert.equal(run.code, expected, run.stderr);
      });
    }
  });

  it('--fail-on information fails on an information finding alone', async () => {
    const playbook = join(mkdtempSync(join(tmpdir(), 'cr-cli-')), 'p.json');
    writeFileSync(playbook, JSON.stringify({ rules: { 'renewal/long-renewal-term': 'off', 'commercial/no-termination-for-convenience': 'off', 'renewal/long-notice-period': 'information' } }));
    try {
      const warning = await runCli(['--playbook', playbook, '--fail-on', 'warning', fixture('renewal-msa.md')]);
      assert.equal(warning.code, 0, warning.stdout + warning.stderr);
      const information = await runCli(['--playbook', playbook, '--fail-on', 'information', fixture('renewal-msa.md')]);
      assert.equal(information.code, 1, information.stdout + information.stderr);
    } finally {
      rmSync(join(playbook, '..'), { recursive: true, force: true });
    }
  });

  it('an error finding fails by default and passes with --fail-on never', async () => {
    const failing = await runCli([...PINNED, fixture('number-mismatch.txt')]);
    assert.equal(failing.code, 1, failing.stdout + failing.stderr);
    const never = await runCli([...PINNED, '--fail-on', 'never', fixture('number-mismatch.txt')]);
    assert.equal(never.code, 0);
    assert.equal(never.stdout, failing.stdout, '--fail-on changes the exit status, not the report');
  });

  it('a clean draft exits 0 even with --fail-on information', async () => {
    const run = await runCli([...PINNED, '--fail-on', 'information', fixture('clean-msa.md')]);
    assert.equal(run.code, 0, run.stdout);
  });

  const usageErrors: [string, string[], RegExp][] = [
    ['an unknown flag', ['--bogus', fixture('clean-msa.md')], /Unknown option "--bogus"/],
    ['a bad --format', ['--format', 'xml', fixture('clean-msa.md')], /--format must be one of text, json, sarif/],
    ['a bad --fail-on', ['--fail-on', 'sometimes', fixture('clean-msa.md')], /--fail-on must be one of/],
    ['no FILE', [], /No draft to review/],
    ['a missing file', [fixture('no-such-draft.md')], /cannot review test\/fixtures\/cli\/no-such-draft\.md: no such file/],
    ['a directory', [fixture('')], /it is a directory/],
    ['a missing playbook with --strict-playbook', ['--strict-playbook', '--playbook', 'nowhere.json', fixture('clean-msa.md')], /cannot read the playbook nowhere\.json: no such file/],
  ];
  for (const [what, args, message] of usageErrors) {
    it(`exits 2 with a message on stderr for ${what}`, async () => {
      const run = await runCli(args);
      assert.equal(run.code, 2, run.stderr);
      assert.match(run.stderr, message);
      assert.match(run.stderr, /^contract-review: /);
      assert.equal(run.stdout, '', 'nothing on stdout when the run is refused');
    });
  }

  it('refuses the whole run when one of several files is missing, naming it', async () => {
    const run = await runCli([fixture('clean-msa.md'), 'missing.txt', fixture('renewal-msa.md')]);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /cannot review missing\.txt: no such file/);
    assert.equal(run.stdout, '');
  });

  it('refuses a binary file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cr-cli-'));
    try {
      const file = join(dir, 'draft.odt');
      writeFileSync(file, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 0, 0]));
      const run = await runCli([file]);
      assert.equal(run.code, 2);
      assert.match(run.stderr, /draft\.odt: it is a Word document or other zip archive, not text/);
      const blob = join(dir, 'blob.txt');
      writeFileSync(blob, Buffer.alloc(2000, 0));
      const blobRun = await runCli([blob]);
      assert.equal(blobRun.code, 2);
      assert.match(blobRun.stderr, /blob\.txt: it looks like a binary file/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reviews with the defaults for a bad playbook\'s bad fields, naming each field on stderr', async () => {
    // bad-playbook.json: maxTermMonths -3 (default 12 applies), a misspelt maxNoticeDayz (ignored), an unknown rule.
    const run = await runCli(['--format', 'json', '--playbook', fixture('bad-playbook.json'), fixture('renewal-msa.md')]);
    assert.equal(run.code, 0, 'the renewal draft has warnings, not errors');
    const ids = ruleIdsOf(run.stdout);
    assert.ok(ids.includes('renewal/long-renewal-term'), 'a 3-year renewal breaks the default 12 months');
    assert.ok(ids.includes('renewal/long-notice-period'), 'the misspelt field leaves the default 90 days');
    assert.match(run.stderr, /^contract-review: warning: the playbook test\/fixtures\/cli\/bad-playbook\.json has 3 problems; .*--strict-playbook/m);
    assert.match(run.stderr, /warning: test\/fixtures\/cli\/bad-playbook\.json:2:\d+: .*renewal\.maxTermMonths.*default 12 applies/);
    assert.match(run.stderr, /warning: test\/fixtures\/cli\/bad-playbook\.json:2:\d+: .*renewal\.maxNoticeDayz/);
    assert.match(run.stderr, /warning: test\/fixtures\/cli\/bad-playbook\.json:3:\d+: .*rules\.renewal\/no-such-rule/);
  });

  it('keeps the good fields of a playbook with a bad one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cr-cli-'));
    try {
      writeFileSync(join(dir, 'p.json'), JSON.stringify({ renewal: { maxTermMonths: 36, maxNoticeDays: 'ninety' } }));
      const run = await runCli(['--format', 'json', '--playbook', join(dir, 'p.json'), fixture('renewal-msa.md')]);
      assert.equal(run.code, 0, run.stderr);
      const ids = ruleIdsOf(run.stdout);
      assert.ok(!ids.includes('renewal/long-renewal-term'), 'the good field (36 months) applies');
      assert.ok(ids.includes('renewal/long-notice-period'), 'the bad field keeps its default (90 days)');
      assert.match(run.stderr, /renewal\.maxNoticeDays/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('exits 2 for a bad playbook with --strict-playbook, reviewing nothing', async () => {
    const run = await runCli(['--strict-playbook', '--playbook', fixture('bad-playbook.json'), fixture('renewal-msa.md')]);
    assert.equal(run.code, 2);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /^contract-review: the playbook test\/fixtures\/cli\/bad-playbook\.json has 3 problems; --strict-playbook reviews nothing/m);
    assert.match(run.stderr, /bad-playbook\.json:2:\d+: .*renewal\.maxTermMonths/);
    assert.match(run.stderr, /bad-playbook\.json:2:\d+: .*renewal\.maxNoticeDayz/);
    assert.match(run.stderr, /bad-playbook\.json:3:\d+: .*rules\.renewal\/no-such-rule/);
    assert.doesNotMatch(run.stderr, /checklist/, 'no review ran');
  });

  it('reviews with the default playbook when the playbook is not JSON, or is binary; strict exits 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cr-cli-'));
    try {
      writeFileSync(join(dir, 'p.json'), '{ "renewal": { "maxTermMonths": 12 ');
      writeFileSync(join(dir, 'b.json'), Buffer.from([0x7b, 0x00, 0xff, 0x7d]));
      const lenient = await runCli(['--format', 'json', '--playbook', join(dir, 'p.json'), fixture('renewal-msa.md')]);
      assert.equal(lenient.code, 0, lenient.stderr);
      assert.ok(ruleIdsOf(lenient.stdout).includes('renewal/long-renewal-term'));
      assert.match(lenient.stderr, /warning: .*p\.json:1:\d+: The playbook is not valid JSON/);
      const binary = await runCli(['--playbook', join(dir, 'b.json'), join(FIXTURES, 'clean-msa.md')]);
      assert.equal(binary.code, 0, binary.stderr);
      assert.match(binary.stderr, /warning: cannot read the playbook .*b\.json: it is not UTF-8 text/);
      for (const name of ['p.json', 'b.json']) {
        const strict = await runCli(['--strict-playbook', '--playbook', join(dir, name), join(FIXTURES, 'clean-msa.md')]);
        assert.equal(strict.code, 2, name);
        assert.equal(strict.stdout, '');
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('warns about a --playbook that does not exist and reviews with the defaults', async () => {
    const run = await runCli(['--format', 'json', '--playbook', 'nowhere.json', fixture('renewal-msa.md')]);
    assert.equal(run.code, 0, run.stderr);
    assert.ok(ruleIdsOf(run.stdout).includes('renewal/long-renewal-term'));
    assert.match(run.stderr, /^contract-review: warning: cannot read the playbook nowhere\.json: no such file/m);
  });

  describe('.contract-review.json in the working directory', () => {
    let dir = '';
    beforeEach(() => {
      dir = mkdtempSync(join(tmpdir(), 'cr-cli-'));
      copyFileSync(join(FIXTURES, 'renewal-msa.md'), join(dir, 'renewal-msa.md'));
    });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    it('is used when --playbook is not given', async () => {
      const strict = await runCli(['--format', 'json', 'renewal-msa.md'], { cwd: dir });
      const strictIds = ruleIdsOf(strict.stdout);
      assert.ok(strictIds.includes('renewal/long-renewal-term'), strict.stdout);

      copyFileSync(join(FIXTURES, 'lenient-playbook.json'), join(dir, '.contract-review.json'));
      const lenient = await runCli(['--format', 'json', 'renewal-msa.md'], { cwd: dir });
      assert.equal(lenient.code, 0, lenient.stderr);
      assert.deepEqual(ruleIdsOf(lenient.stdout).filter((id) => id.startsWith('renewal/')), []);
    });

    it('warns about its problems, or exits 2 with --strict-playbook', async () => {
      copyFileSync(join(FIXTURES, 'bad-playbook.json'), join(dir, '.contract-review.json'));
      const run = await runCli(['renewal-msa.md'], { cwd: dir });
      assert.equal(run.code, 0, run.stderr);
      assert.match(run.stdout, /\[renewal\/long-renewal-term\]/);
      assert.match(run.stderr, /warning: \.contract-review\.json:2:\d+: .*renewal\.maxTermMonths/);
      const strict = await runCli(['--strict-playbook', 'renewal-msa.md'], { cwd: dir });
      assert.equal(strict.code, 2);
      assert.equal(strict.stdout, '');
      assert.match(strict.stderr, /\.contract-review\.json:2:\d+: .*renewal\.maxTermMonths/);
    });

    it('gives way to --playbook', async () => {
      copyFileSync(join(FIXTURES, 'bad-playbook.json'), join(dir, '.contract-review.json'));
      const run = await runCli(['--playbook', join(FIXTURES, 'lenient-playbook.json'), 'renewal-msa.md'], { cwd: dir });
      assert.equal(run.code, 0, run.stderr);
    });
  });
});

function ruleIdsOf(jsonOutput: string): string[] {
  const parsed = JSON.parse(jsonOutput) as { files: { findings: { ruleId: string }[] }[] };
  return parsed.files.flatMap((f) => f.findings.map((x) => x.ruleId));
}
