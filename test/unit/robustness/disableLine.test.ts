import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import type { TextEdit } from 'vscode-languageserver';
import { review } from '../../../server/src/engine/review';
import type { Finding, SourceFormat } from '../../../server/src/engine/model';
import { computeLineStarts, lineOf } from '../../../server/src/engine/positions';
import { disableForLineEdit } from '../../../server/src/lsp/disableComments';
import { isDelimiterRow } from '../../../server/src/lsp/tableRows';

// Issue 12.7: "disable for this line" inside a Markdown table split the table, and
// on a finding anchored at line 1 of a plain-text draft the comment did not cover
// it. The action must switch off exactly that finding and change nothing else.

function apply(text: string, edit: TextEdit): string {
  const starts = computeLineStarts(text);
  const at = (p: { line: number; character: number }) => starts[p.line] + p.character;
  return text.slice(0, at(edit.range.start)) + edit.newText + text.slice(at(edit.range.end));
}

const key = (f: Finding) => `${f.ruleId} ${f.message}`;

/** Disables `finding` for its line and checks that exactly the findings of its rule on that line go. */
function disableAndCompare(text: string, format: SourceFormat, finding: Finding, before: readonly Finding[]): string {
  const starts = computeLineStarts(text);
  const line = lineOf(starts, finding.span.start);
  const edited = apply(text, disableForLineEdit(text, format, line, finding.ruleId));
  const after = review(edited, { format }).findings.map(key).sort();
  const expected = before.filter((f) => !(f.ruleId === finding.ruleId && lineOf(starts, f.span.start) === line)).map(key).sort();
  assert.deepEqual(after, expected, `disabling ${finding.ruleId} on line ${line + 1}`);
  return edited;
}

const TABLE_DRAFT = [
  '# Service Level Agreement',
  '',
  '1. Provider shall make the Services available 99.95% of each calendar month.',
  '',
  '| Monthly availability | Service credit | Claim window |',
  '| --- | --- | --- |',
  '| below 99.95% | 10% of monthly fees | thirty (30) days |',
  '| below 99.0% | 25% of monthly fees | forty (14) days |',
  'below 95.0% | 50% of monthly fees | sixty (60) days',
  '',
  '2. Customer must claim a credit within sixty (60) days of the end of the month.',
  '',
].join('\n');

describe('robustness: disable for this line (issue 12.7)', () => {
  const html = new MarkdownIt({ html: false });

  it('inside a Markdown table writes the comment at the end of the row and the table renders the same', () => {
    const before = review(TABLE_DRAFT).findings;
    const mismatch = before.find((f) => f.ruleId === 'drafting/number-mismatch');
    assert.ok(mismatch, JSON.stringify(before.map((f) => f.ruleId)));
    const edited = disableAndCompare(TABLE_DRAFT, 'markdown', mismatch, before);
    assert.equal(edited.split('\n').length, TABLE_DRAFT.split('\n').length, 'no line added');
    assert.match(edited, /\| forty \(14\) days \| <!-- contract-review-disable-line drafting\/number-mismatch -->\n/);
    assert.equal(html.render(edited), html.render(TABLE_DRAFT));
  });

  it('a row without a closing pipe gets the comment in a cell of its own, and a second rule joins the comment', () => {
    const row = TABLE_DRAFT.split('\n').findIndex((l) => l.startsWith('below 95.0%'));
    const first = apply(TABLE_DRAFT, disableForLineEdit(TABLE_DRAFT, 'markdown', row, 'sla/weak-credits'));
    assert.equal(first.split('\n')[row], 'below 95.0% | 50% of monthly fees | sixty (60) days | <!-- contract-review-disable-line sla/weak-credits -->');
    assert.equal(html.render(first), html.render(TABLE_DRAFT));
    const second = apply(first, disableForLineEdit(first, 'markdown', row, 'drafting/number-mismatch'));
    assert.equal(second.split('\n')[row], 'below 95.0% | 50% of monthly fees | sixty (60) days | <!-- contract-review-disable-line sla/weak-credits, drafting/number-mismatch -->');
  });

  it('on a finding anchored at the first line of a plain-text draft, the comment covers it', () => {
    const text = 'MASTER SERVICES AGREEMENT\n\n1. Provider shall host the Services and process the personal data of the callers of Customer to provide them.\n\n2. This Agreement renews automatically for successive three (3) year terms.\n';
    const before = review(text, { format: 'plaintext' }).findings;
    const onFirstLine = before.filter((f) => f.span.start < text.indexOf('\n'));
    assert.ok(onFirstLine.length > 0, JSON.stringify(before.map((f) => [f.ruleId, f.span])));
    for (const finding of onFirstLine) disableAndCompare(text, 'plaintext', finding, before);
  });

  for (const format of ['markdown', 'plaintext'] as const) {
    it(`on every finding of the sample draft (${format}), switches off exactly that finding`, function () {
      this.timeout(120000);
      const text = readFileSync(join(__dirname, '..', '..', 'fixtures', 'samples', 'ccaas-msa.md'), 'utf8');
      const draft = format === 'markdown' ? text : text.replace(/^#+ /gm, '');
      const before = review(draft, { format }).findings;
      assert.ok(before.length > 5);
      const seen = new Set<string>();
      for (const finding of before) {
        const id = `${finding.ruleId}@${lineOf(computeLineStarts(draft), finding.span.start)}`;
        if (seen.has(id)) continue;
        seen.add(id);
        disableAndCompare(draft, format, finding, before);
      }
    });
  }

  it('recognises delimiter rows and nothing else', () => {
    for (const row of ['| --- | --- |', '---|:---:', '|:--|', ' | -- | --: | ']) assert.ok(isDelimiterRow(row), row);
    for (const row of ['---', '| a | b |', '| --- | x |', '', '|', '- item']) assert.ok(!isDelimiterRow(row), row);
  });
});
