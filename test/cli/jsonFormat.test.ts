import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assertCliBuilt, fixture, offsetOf, REPO_ROOT, runCli } from './runCli';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };
interface Position { line: number; character: number }
interface Range { start: Position; end: Position }

const SEVERITIES = ['error', 'warning', 'information', 'hint'];
const KINDS = ['msa', 'sla', 'dpa', 'order-form', 'unknown'];
const STATES = ['met', 'weak', 'missing', 'not-applicable', 'found', 'not-found'];

function object(value: Json | undefined, what: string): JsonObject {
  assert.ok(typeof value === 'object' && value !== null && !Array.isArray(value), `${what} is an object`);
  return value;
}
function array(value: Json | undefined, what: string): Json[] {
  assert.ok(Array.isArray(value), `${what} is an array`);
  return value;
}
function string(value: Json | undefined, what: string): string {
  assert.equal(typeof value, 'string', `${what} is a string`);
  return value as string;
}
function keys(value: JsonObject, expected: string[], what: string): void {
  assert.deepEqual(Object.keys(value).sort(), [...expected].sort(), `${what} has exactly the documented keys`);
}

/** A 0-based range whose ends lie inside `text`, in order; returns the covered offsets. */
function checkRange(value: Json | undefined, text: string, what: string): { start: number; end: number; range: Range } {
  const range = object(value, what);
  keys(range, ['start', 'end'], what);
  const ends = (['start', 'end'] as const).map((end) => {
    const p = object(range[end], `${what}.${end}`);
    keys(p, ['line', 'character'], `${what}.${end}`);
    assert.ok(Number.isInteger(p.line) && (p.line as number) >= 0, `${what}.${end}.line`);
    assert.ok(Number.isInteger(p.character) && (p.character as number) >= 0, `${what}.${end}.character`);
    return { line: p.line as number, character: p.character as number };
  });
  const start = offsetOf(text, ends[0]);
  const end = offsetOf(text, ends[1]);
  assert.ok(start <= end && end <= text.length, `${what} lies inside the text, in order`);
  return { start, end, range: { start: ends[0], end: ends[1] } };
}

/** Every finding, fix edit and checklist item checked key by key against the draft's text. */
function checkFile(file: JsonObject, text: string): void {
  keys(file, ['path', 'format', 'kind', 'keyTerms', 'findings', 'checklist', 'deal'], 'file');
  for (const [i, d] of array(file.deal, 'deal').entries()) {
    const other = object(d, `deal[${i}]`);
    keys(other, ['path', 'member', 'reason'], `deal[${i}]`);
    assert.equal(typeof other.member, 'boolean');
    assert.ok(string(other.reason, 'reason').length > 0);
  }
  assert.ok(KINDS.includes(string(file.kind, 'kind')));
  assert.ok(['markdown', 'plaintext'].includes(string(file.format, 'format')));
  checkKeyTerms(object(file.keyTerms, 'keyTerms'), text);
  for (const [i, f] of array(file.findings, 'findings').entries()) {
    const finding = object(f, `findings[${i}]`);
    keys(finding, ['ruleId', 'severity', 'message', 'range', 'facts', 'fixes'], `findings[${i}]`);
    assert.match(string(finding.ruleId, 'ruleId'), /^[a-z]+\/[a-z0-9-]+$/);
    assert.ok(SEVERITIES.includes(string(finding.severity, 'severity')));
    assert.ok(string(finding.message, 'message').length > 0);
    const covered = checkRange(finding.range, text, `findings[${i}].range`);
    assert.ok(covered.end > covered.start || text.length === 0, `findings[${i}] covers some text`);
    object(finding.facts, 'facts');
    for (const [j, x] of array(finding.fixes, 'fixes').entries()) {
      const fix = object(x, `fixes[${j}]`);
      keys(fix, ['title', 'safe', 'edits'], `fixes[${j}]`);
      string(fix.title, 'fix title');
      assert.equal(typeof fix.safe, 'boolean');
      for (const [k, e] of array(fix.edits, 'edits').entries()) {
        const edit = object(e, `edits[${k}]`);
        keys(edit, ['range', 'newText'], `edits[${k}]`);
        checkRange(edit.range, text, `edits[${k}].range`);
        string(edit.newText, 'newText');
      }
    }
  }
  for (const [i, c] of array(file.checklist, 'checklist').entries()) {
    const item = object(c, `checklist[${i}]`);
    keys(item, ['id', 'title', 'state', 'ruleIds', 'detail', 'test', 'range'], `checklist[${i}]`);
    string(item.id, 'id');
    string(item.title, 'title');
    string(item.detail, 'detail');
    assert.ok(STATES.includes(string(item.state, 'state')));
    for (const id of array(item.ruleIds, 'ruleIds')) string(id, 'rule id');
    if (item.range !== null) checkRange(item.range, text, `checklist[${i}].range`);
  }
}

function checkKeyTerms(keyTerms: JsonObject, text: string): void {
  for (const key of ['effectiveDate', 'effectiveDateSpan', 'initialTermMonths', 'initialTermSpan', 'renewal', 'nonRenewalNoticeDeadline']) {
    assert.ok(key in keyTerms, `keyTerms.${key} is present`);
  }
  // No raw {start, end} offsets may survive; span-valued fields are ranges.
  const visit = (value: Json, where: string): void => {
    if (Array.isArray(value)) value.forEach((v, i) => visit(v, `${where}[${i}]`));
    else if (typeof value === 'object' && value !== null) {
      if ('start' in value || 'end' in value) {
        checkRange(value, text, where);
        return;
      }
      for (const [k, v] of Object.entries(value)) visit(v, `${where}.${k}`);
    }
  };
  visit(keyTerms, 'keyTerms');
  for (const key of ['effectiveDateSpan', 'initialTermSpan']) {
    if (keyTerms[key] !== null) checkRange(keyTerms[key], text, `keyTerms.${key}`);
  }
  if (keyTerms.renewal !== null) checkRange(object(keyTerms.renewal, 'renewal').span, text, 'keyTerms.renewal.span');
}

function parseOutput(stdout: string): JsonObject[] {
  const output = object(JSON.parse(stdout) as Json, 'output');
  keys(output, ['version', 'files'], 'output');
  assert.equal(output.version, 1);
  return array(output.files, 'files').map((f, i) => object(f, `files[${i}]`));
}

const readDraft = (path: string): string => readFileSync(join(REPO_ROOT, path), 'utf8');
const textAt = (text: string, range: Json | undefined): string => {
  const { start, end } = checkRange(range, text, 'range');
  return text.slice(start, end);
};

describe('cli: JSON output', function () {
  before(assertCliBuilt);

  it('describes every file, finding, fix and checklist item with 0-based ranges into the draft', async () => {
    const paths = [fixture('renewal-msa.md'), fixture('clean-msa.md'), fixture('number-mismatch.txt')];
    const run = await runCli(['--format', 'json', '--fail-on', 'never', ...paths]);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stderr, '', 'machine formats keep stderr quiet');
    const files = parseOutput(run.stdout);
    assert.deepEqual(files.map((f) => f.path), paths);
    assert.deepEqual(files.map((f) => f.format), ['markdown', 'markdown', 'plaintext']);
    files.forEach((file, i) => checkFile(file, readDraft(paths[i])));
  });

  it('points the renewal findings at the renewal clause', async () => {
    const path = fixture('renewal-msa.md');
    const [file] = parseOutput((await runCli(['--format', 'json', path])).stdout);
    const text = readDraft(path);
    const findings = array(file.findings, 'findings').map((f) => object(f, 'finding'));
    const clause = text.indexOf('shall automatically renew');
    const clauseEnd = text.indexOf('\n', clause);
    for (const id of ['renewal/long-renewal-term', 'renewal/long-notice-period']) {
      const finding = findings.find((f) => f.ruleId === id);
      assert.ok(finding, `${id} in ${JSON.stringify(findings.map((f) => f.ruleId))}`);
      const { start, end } = checkRange(finding.range, text, id);
      assert.ok(start >= text.lastIndexOf('\n', clause) && end <= clauseEnd + 1, `${id} lies on the renewal line: ${JSON.stringify(text.slice(start, end))}`);
    }
    const term = findings.find((f) => f.ruleId === 'renewal/long-renewal-term');
    assert.match(string(term?.message, 'message'), /3 years|three|36 months/);
    const notice = findings.find((f) => f.ruleId === 'renewal/long-notice-period');
    assert.match(string(notice?.message, 'message'), /180/);
    const keyTerms = object(file.keyTerms, 'keyTerms');
    assert.equal(keyTerms.effectiveDate, '2025-01-15');
    const renewal = object(keyTerms.renewal, 'renewal');
    assert.equal(renewal.termMonths, 36);
    assert.equal(renewal.noticeDays, 180);
  });

  it('finds no renewal problem in a month-to-month draft with 30 days\' notice', async () => {
    const [file] = parseOutput((await runCli(['--format', 'json', fixture('clean-msa.md')])).stdout);
    const ids = array(file.findings, 'findings').map((f) => object(f, 'finding').ruleId);
    assert.deepEqual(ids.filter((id) => typeof id === 'string' && id.startsWith('renewal/')), []);
  });

  it('ranges count UTF-16 units on CRLF lines and cover the mismatched number', async () => {
    const path = fixture('number-mismatch.txt');
    const [file] = parseOutput((await runCli(['--format', 'json', path])).stdout);
    const text = readDraft(path);
    const mismatch = array(file.findings, 'findings').map((f) => object(f, 'finding')).find((f) => f.ruleId === 'drafting/number-mismatch');
    assert.ok(mismatch, JSON.stringify(file.findings));
    const { range } = checkRange(mismatch.range, text, 'range');
    assert.equal(range.start.line, 2);
    const covered = textAt(text, mismatch.range);
    assert.ok('thirty (60) days'.includes(covered) || covered.includes('(60)') || covered.includes('thirty'), JSON.stringify(covered));
    for (const fix of array(mismatch.fixes, 'fixes')) {
      for (const edit of array(object(fix, 'fix').edits, 'edits')) {
        const replaced = textAt(text, object(edit, 'edit').range);
        assert.ok(/thirty|60|\(|\)/.test(replaced) || replaced === '', `a fix edits the number: ${JSON.stringify(replaced)}`);
      }
    }
  });

  it('names standard input "<stdin>" and reads it as Markdown unless --stdin-format text', async () => {
    const input = readFileSync(join(REPO_ROOT, fixture('renewal-msa.md')));
    const run = await runCli(['--format', 'json', '-'], { input });
    const [file] = parseOutput(run.stdout);
    assert.equal(file.path, '<stdin>');
    assert.equal(file.format, 'markdown');
    checkFile(file, readDraft(fixture('renewal-msa.md')));
    const text = await runCli(['--format', 'json', '--stdin-format', 'text', '-'], { input });
    const [plain] = parseOutput(text.stdout);
    assert.equal(plain.format, 'plaintext');
    checkFile(plain, readDraft(fixture('renewal-msa.md')));
  });
});
