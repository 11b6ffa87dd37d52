import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BASE, editClause, moveSection, render } from '../unit/compare/drafts';
import { blocksFromMarkdown, makeDocx, makePdf } from '../unit/convert/makeFiles';
import { assertCliBuilt, runCli } from './runCli';

interface CompareJson {
  moves: { id: string; old: number | null; new: number | null; effect: string; oldClause: { number: string | null; text: string } | null; newClause: { number: string | null; text: string } | null }[];
  introduced: { ruleId: string; location: string | null }[];
  resolved: { ruleId: string }[];
  unchanged: unknown[];
  clauses: { moved: number; renumbered: number; deleted: unknown[] };
}

describe('cli: compare', function () {
  this.timeout(60_000);
  before(assertCliBuilt);
  let dir = '';
  const turn2 = render(moveSection(editClause(BASE, 'Term and Renewal', 1, (t) => t.replace('sixty (60)', 'one hundred twenty (120)')), 2, 5));
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cr-compare-'));
    writeFileSync(join(dir, 'turn1.md'), render(BASE));
    writeFileSync(join(dir, 'turn2.md'), turn2);
    writeFileSync(join(dir, 'turn2.docx'), await makeDocx(blocksFromMarkdown(turn2)));
    writeFileSync(join(dir, 'turn2.pdf'), await makePdf(turn2, { pageSize: [300, 420], footer: 'Page {page}' }));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the moves first, then the new, resolved and unchanged findings, and exits 1 for a worse turn', async () => {
    const run = await runCli(['compare', 'turn1.md', 'turn2.md'], { cwd: dir });
    assert.equal(run.code, 1, run.stderr);
    const lines = run.stdout.trim().split('\n');
    assert.equal(lines[0], 'moved worse: Notice to stop the renewal: 60 days → 120 days (worse for the buyer)');
    assert.match(lines[1], /^ {2}before 2\.2: .*sixty \(60\) days/);
    assert.match(lines[2], /^ {2}now 2\.2: .*one hundred twenty \(120\) days/);
    assert.ok(lines.some((l) => /^new turn2\.md:\d+:\d+ warning .*\[renewal\/long-notice-period\]$/.test(l)), run.stdout);
    assert.ok(!lines.some((l) => l.startsWith('resolved')), 'moving the SLA section resolves nothing');
    assert.match(run.stderr, /1 new, 0 resolved, \d+ unchanged finding\(s\); 1 key term\(s\) moved; clauses: 1 reworded, \d+ renumbered, 3 moved/);
  });

  it('exits 0 when the new turn is the same draft', async () => {
    const run = await runCli(['compare', 'turn1.md', 'turn1.md', '--format', 'json'], { cwd: dir });
    assert.equal(run.code, 0, run.stderr);
    const output = JSON.parse(run.stdout) as CompareJson;
    assert.deepEqual([output.moves.length, output.introduced.length, output.resolved.length], [0, 0, 0]);
  });

  it('compares a Markdown turn with a Word or PDF turn, naming pages and sections', async () => {
    for (const [file, location] of [['turn2.docx', /^2 Term and Renewal$/], ['turn2.pdf', /^page \d+$/]] as const) {
      const run = await runCli(['compare', 'turn1.md', file, '--format', 'json'], { cwd: dir });
      assert.equal(run.code, 1, run.stderr);
      const output = JSON.parse(run.stdout) as CompareJson;
      assert.deepEqual(output.moves.map((m) => `${m.id} ${m.old} -> ${m.new} ${m.effect}`), ['non-renewal-notice 60 -> 120 worse'], file);
      assert.deepEqual(output.introduced.map((f) => f.ruleId), ['renewal/long-notice-period'], file);
      assert.match(output.introduced[0].location ?? '', location);
      assert.deepEqual(output.resolved, [], file);
    }
  });

  it('writes Markdown with the moves that hurt the buyer first', async () => {
    const run = await runCli(['compare', 'turn1.md', 'turn2.md', '--format', 'markdown'], { cwd: dir });
    assert.match(run.stdout, /^# What changed: turn1\.md → turn2\.md$/m);
    assert.match(run.stdout, /## Key terms that moved\n\n- \*\*Notice to stop the renewal: 60 days → 120 days\*\* \(worse for the buyer\)/);
  });

  it('refuses a wrong number of drafts, an unknown format and standard input', async () => {
    for (const args of [['compare', 'turn1.md'], ['compare', 'turn1.md', 'turn2.md', '--format', 'sarif'], ['compare', '-', 'turn2.md']]) {
      const run = await runCli(args, { cwd: dir });
      assert.equal(run.code, 2, args.join(' '));
      assert.match(run.stderr, /contract-review compare --help/);
    }
  });
});
