import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assertCliBuilt, fixture, REPO_ROOT, runCli } from './runCli';
import { describeKeyTerms } from '../../server/src/cli/format/text';
import { review } from '../../server/src/engine/review';

const FINDING_LINE = /^(.+):(\d+):(\d+) (error|warning|information|hint) (\S.*) \[([a-z]+\/[a-z0-9-]+)\]$/;

interface TextFinding { path: string; line: number; column: number; severity: string; message: string; ruleId: string }

function parseLines(stdout: string): TextFinding[] {
  if (stdout === '') return [];
  assert.ok(stdout.endsWith('\n'), 'stdout ends with a newline');
  return stdout.slice(0, -1).split('\n').map((line) => {
    const m = FINDING_LINE.exec(line);
    assert.ok(m, `not a finding line: ${JSON.stringify(line)}`);
    return { path: m[1], line: Number(m[2]), column: Number(m[3]), severity: m[4], message: m[5], ruleId: m[6] };
  });
}

function expectedSummary(findings: readonly TextFinding[], files: number): string {
  const count = (severity: string): number => findings.filter((f) => f.severity === severity).length;
  const parts = [
    [count('error'), 'error', 'errors'],
    [count('warning'), 'warning', 'warnings'],
    [count('information'), 'information note', 'information notes'],
    [count('hint'), 'hint', 'hints'],
  ].filter(([n]) => n !== 0).map(([n, one, many]) => `${n} ${n === 1 ? one : many}`);
  const where = `in ${files} ${files === 1 ? 'file' : 'files'}`;
  return parts.length === 0 ? `no findings ${where}` : `${parts.join(', ')} ${where}`;
}

/** The draft's text at a 1-based line and column, splitting lines as editors do. */
function lineText(path: string, line: number): string {
  return readFileSync(join(REPO_ROOT, path), 'utf8').split(/\r\n|\r|\n/)[line - 1];
}

describe('cli: text output', function () {
  before(assertCliBuilt);

  it('prints one compiler-style line per finding on stdout and the summary on stderr', async () => {
    const run = await runCli([fixture('renewal-msa.md')]);
    const findings = parseLines(run.stdout);
    const ids = findings.map((f) => f.ruleId);
    assert.ok(ids.includes('renewal/long-renewal-term'), run.stdout);
    assert.ok(ids.includes('renewal/long-notice-period'), run.stdout);
    for (const f of findings) {
      assert.equal(f.path, fixture('renewal-msa.md'));
      assert.ok(f.line >= 1 && f.column >= 1);
      assert.ok(f.column <= lineText(f.path, f.line).length + 1, 'the column lies on the line');
    }
    const renewal = findings.find((f) => f.ruleId === 'renewal/long-renewal-term');
    assert.match(lineText(fixture('renewal-msa.md'), renewal?.line ?? 0), /automatically renew/);
    assert.ok(run.stderr.endsWith(`${expectedSummary(findings, 1)}\n`), run.stderr);
  });

  it('reports words and digits that disagree, at the right column of a CRLF plain-text draft', async () => {
    const run = await runCli([fixture('number-mismatch.txt')]);
    const findings = parseLines(run.stdout).filter((f) => f.ruleId === 'drafting/number-mismatch');
    assert.equal(findings.length, 1, run.stdout);
    const [f] = findings;
    assert.equal(f.line, 3);
    const text = lineText(f.path, f.line);
    const at = text.indexOf('thirty (60)');
    // The finding starts at the number or its digits, not elsewhere on the line.
    assert.ok(f.column - 1 >= at && f.column - 1 <= at + 'thirty (60)'.length, `column ${f.column} in ${JSON.stringify(text)}`);
    assert.match(f.message, /30|thirty/i);
    assert.match(f.message, /60/);
  });

  it('prints nothing on stdout for a clean draft and says so on stderr', async () => {
    const run = await runCli([fixture('clean-msa.md')]);
    const renewal = parseLines(run.stdout).filter((f) => f.ruleId.startsWith('renewal/'));
    assert.deepEqual(renewal, []);
    assert.match(run.stderr, /in 1 file\n$/);
  });

  it('summarises all files together', async () => {
    const run = await runCli([fixture('renewal-msa.md'), fixture('clean-msa.md'), fixture('number-mismatch.txt')]);
    const findings = parseLines(run.stdout);
    const paths = [...new Set(findings.map((f) => f.path))];
    assert.deepEqual(paths, [fixture('renewal-msa.md'), fixture('number-mismatch.txt')], 'files in command-line order');
    assert.ok(run.stderr.endsWith(`${expectedSummary(findings, 3)}\n`), run.stderr);
    assert.match(run.stderr, /^\d+ errors?, \d+ warnings?.* in 3 files$/m);
  });

  it('notes the key terms a person wants on the calendar on stderr', async () => {
    const run = await runCli([fixture('renewal-msa.md')]);
    assert.match(run.stderr, /renewal-msa\.md: key terms: .*effective 2025-01-15/);
    assert.match(run.stderr, /non-renewal notice 180 days/);
  });

  it('says when a non-renewal notice is required but its length is left blank', () => {
    const text = 'This Agreement renews automatically for successive one (1) year terms unless either party gives notice of non-renewal at least [***] days prior to the end of the then-current term.';
    const line = describeKeyTerms('blank.txt', review(text, { format: 'plaintext' }).keyTerms);
    assert.match(line ?? '', /non-renewal notice required, its length left blank/);
    assert.doesNotMatch(line ?? '', /notice \d+ days/);
  });
});
