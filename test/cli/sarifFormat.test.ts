import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import Ajv from 'ajv-draft-04';
import type * as Sarif from 'sarif';
import { assertCliBuilt, fixture, offsetOf, REPO_ROOT, runCli } from './runCli';

// The OASIS SARIF 2.1.0 schema (final rtm.5), as shipped in Microsoft's SARIF test-matcher package.
const SCHEMA_PATH = join(dirname(require.resolve('@microsoft/jest-sarif')), 'schemas', 'sarif-2.1.0-rtm.5.json');

function sarifValidator(): (log: unknown) => string[] {
  // The schema has a language-tag pattern that is only valid without the u flag.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  ajv.addFormat('uri', (s: string) => URL.canParse(s));
  ajv.addFormat('uri-reference', (s: string) => URL.canParse(s, 'file:///base/'));
  ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
  const validate = ajv.compile(JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as object);
  return (log) => (validate(log) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`));
}

interface JsonFinding { ruleId: string; severity: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } }

async function sarifFor(args: string[], cwd?: string): Promise<Sarif.Log> {
  const run = await runCli(['--format', 'sarif', '--fail-on', 'never', ...args], { cwd });
  assert.equal(run.code, 0, run.stderr);
  assert.equal(run.stderr, '');
  return JSON.parse(run.stdout) as Sarif.Log;
}

const DRAFTS = [fixture('renewal-msa.md'), fixture('clean-msa.md'), fixture('number-mismatch.txt')];

describe('cli: SARIF output', function () {
  let validate: (log: unknown) => string[] = () => ['the schema was not compiled'];
  before(() => {
    assertCliBuilt();
    validate = sarifValidator();
  });

  it('validates against the SARIF 2.1.0 schema', async () => {
    const log = await sarifFor(DRAFTS);
    assert.deepEqual(validate(log), []);
    assert.ok((log.runs[0].results ?? []).length > 0, 'the fixtures produce results to validate');
  });

  it('the schema check can fail', () => {
    assert.notDeepEqual(validate({ version: '2.1.0', runs: [{ tool: { driver: {} } }] }), []);
  });

  it('has the fields GitHub code scanning reads', async () => {
    const { version } = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
    const log = await sarifFor(DRAFTS);
    assert.equal(log.$schema, 'https://json.schemastore.org/sarif-2.1.0.json');
    assert.equal(log.version, '2.1.0');
    assert.equal(log.runs.length, 1);
    const [run] = log.runs;
    assert.equal(run.columnKind, 'utf16CodeUnits');
    const driver = run.tool.driver;
    assert.equal(driver.name, 'contract-review');
    assert.equal(driver.version, version);
    const rules = driver.rules ?? [];
    assert.ok(rules.length >= 5);
    assert.equal(new Set(rules.map((r) => r.id)).size, rules.length, 'rule ids are unique');
    for (const rule of rules) {
      assert.match(rule.id, /^[a-z]+\/[a-z0-9-]+$/);
      assert.match(rule.name ?? '', /^[A-Z][A-Za-z0-9]*$/);
      assert.ok(rule.shortDescription?.text, `${rule.id} shortDescription`);
      assert.ok(rule.fullDescription?.text, `${rule.id} fullDescription`);
      assert.ok(rule.help?.text && rule.help.markdown, `${rule.id} help`);
      assert.ok(['error', 'warning', 'note'].includes(rule.defaultConfiguration?.level ?? ''), `${rule.id} level`);
    }
    for (const result of run.results ?? []) {
      assert.ok(result.ruleIndex !== undefined && rules[result.ruleIndex]?.id === result.ruleId, `ruleIndex of ${result.ruleId}`);
      assert.ok(['error', 'warning', 'note'].includes(result.level ?? ''));
      assert.ok(result.message.text);
      const location = result.locations?.[0]?.physicalLocation;
      assert.equal(location?.artifactLocation?.uriBaseId, '%SRCROOT%');
      assert.ok(DRAFTS.includes(location?.artifactLocation?.uri ?? ''), location?.artifactLocation?.uri);
      const region = location?.region;
      assert.ok(region?.startLine && region.startLine >= 1 && region.startColumn && region.startColumn >= 1);
      assert.match(Object.values(result.partialFingerprints ?? {})[0] ?? '', /^[0-9a-f]{64}:\d+$/);
      for (const fix of result.fixes ?? []) {
        assert.ok(fix.description?.text);
        for (const change of fix.artifactChanges) {
          assert.equal(change.artifactLocation.uri, location?.artifactLocation?.uri);
          for (const r of change.replacements) assert.ok(r.deletedRegion.startLine && r.insertedContent?.text !== undefined);
        }
      }
    }
  });

  it('agrees with the JSON output on levels and 1-based regions', async () => {
    const json = await runCli(['--format', 'json', '--playbook', fixture('severities-playbook.json'), ...DRAFTS]);
    const files = (JSON.parse(json.stdout) as { files: { path: string; findings: JsonFinding[] }[] }).files;
    const expected = files.flatMap((f) => f.findings.map((x) => ({ uri: f.path, ...x })));
    const log = await sarifFor(['--playbook', fixture('severities-playbook.json'), ...DRAFTS]);
    const results = log.runs[0].results ?? [];
    assert.equal(results.length, expected.length);
    const levelOf: Record<string, string> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };
    results.forEach((result, i) => {
      const want = expected[i];
      const location = result.locations?.[0]?.physicalLocation;
      assert.equal(result.ruleId, want.ruleId);
      assert.equal(result.level, levelOf[want.severity]);
      assert.equal(location?.artifactLocation?.uri, want.uri);
      assert.deepEqual(location?.region, {
        startLine: want.range.start.line + 1,
        startColumn: want.range.start.character + 1,
        endLine: want.range.end.line + 1,
        endColumn: want.range.end.character + 1,
      });
    });
  });

  it('regions cover the same text as the finding', async () => {
    const log = await sarifFor([fixture('number-mismatch.txt')]);
    const text = readFileSync(join(REPO_ROOT, fixture('number-mismatch.txt')), 'utf8');
    const result = (log.runs[0].results ?? []).find((r) => r.ruleId === 'drafting/number-mismatch');
    const region = result?.locations?.[0]?.physicalLocation?.region;
    assert.ok(region?.startLine && region.startColumn && region.endLine && region.endColumn, JSON.stringify(log.runs[0].results));
    const start = offsetOf(text, { line: region.startLine - 1, character: region.startColumn - 1 });
    const end = offsetOf(text, { line: region.endLine - 1, character: region.endColumn - 1 });
    assert.match(text.slice(start, end), /thirty|60/);
  });

  it('keeps fingerprints when lines move and tells repeated clauses apart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cr-sarif-'));
    try {
      const original = readFileSync(join(REPO_ROOT, fixture('number-mismatch.txt')), 'utf8');
      writeFileSync(join(dir, 'a.txt'), original);
      writeFileSync(join(dir, 'b.txt'), `NOTE\r\n\r\n${original.replace('Payment. ', 'Payment.  ')}\r\n${original}`);
      const log = await sarifFor(['a.txt', 'b.txt'], dir);
      const prints = (uri: string): string[] =>
        (log.runs[0].results ?? [])
          .filter((r) => r.ruleId === 'drafting/number-mismatch' && r.locations?.[0]?.physicalLocation?.artifactLocation?.uri === uri)
          .map((r) => Object.values(r.partialFingerprints ?? {})[0]);
      const [a] = prints('a.txt');
      assert.ok(a, 'a.txt has a number mismatch');
      const b = prints('b.txt');
      assert.equal(b.length, 2);
      assert.equal(b[0], a, 'moved down and re-spaced, same fingerprint');
      assert.equal(b[1], a.replace(/:1$/, ':2'), 'the repeated clause counts as the second occurrence');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('uses an absolute file URI for drafts outside the working directory', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cr-sarif-'));
    try {
      const log = await sarifFor([join(REPO_ROOT, fixture('number-mismatch.txt'))], dir);
      assert.deepEqual(validate(log), []);
      for (const result of log.runs[0].results ?? []) {
        const location = result.locations?.[0]?.physicalLocation?.artifactLocation;
        assert.equal(location?.uriBaseId, undefined);
        assert.match(location?.uri ?? '', /^file:\/\/\/.*\/test\/fixtures\/cli\/number-mismatch\.txt$/);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
