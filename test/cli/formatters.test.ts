import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Ajv from 'ajv-draft-04';
import type * as Sarif from 'sarif';
import type { Finding } from '../../server/src/engine/model';
import { review } from '../../server/src/engine/review';
import { formatJson } from '../../server/src/cli/format/json';
import { formatSarif, FINGERPRINT_KEY } from '../../server/src/cli/format/sarif';
import { formatFindingLines, summarize } from '../../server/src/cli/format/text';
import { spansToRanges } from '../../server/src/cli/format/spanRanges';
import type { ReviewedFile } from '../../server/src/cli/reviewedFile';

// In-process checks of the three formats with findings made by hand, so the
// output shapes are covered whatever the rules find in the fixtures.

const TEXT = 'ORDER FORM\r\n\r\n§ 1.\tPayment — within “thirty (60) days”.\r\n2. Notice: one hundred eighty (180) days.\n';
const at = (needle: string): { start: number; end: number } => {
  const start = TEXT.indexOf(needle);
  assert.ok(start >= 0, needle);
  return { start, end: start + needle.length };
};

function reviewedFile(path: string, findings: Finding[]): ReviewedFile {
  const base = review(TEXT, { format: 'plaintext' });
  return { draft: { path, fromStdin: false, text: TEXT, format: 'plaintext' }, review: { ...base, findings } };
}

const MISMATCH: Finding = {
  ruleId: 'drafting/number-mismatch',
  severity: 'error',
  message: 'The words say 30 but the digits say 60.',
  span: at('thirty (60)'),
  facts: { words: 30, digits: 60 },
  fixes: [{ title: 'Use thirty (30)', safe: false, edits: [{ span: at('60'), newText: '30' }] }],
};
const NOTICE: Finding = {
  ruleId: 'renewal/long-notice-period',
  severity: 'information',
  message: 'Notice of 180 days; your playbook allows at most 90.',
  span: at('one hundred eighty (180) days'),
  facts: { noticeDays: 180 },
  fixes: [],
};

describe('cli: formatters with hand-made findings', () => {
  it('text: 1-based line and UTF-16 column of the finding start', () => {
    const [mismatch, notice] = formatFindingLines(reviewedFile('a.txt', [MISMATCH, NOTICE]));
    const column = TEXT.split('\r\n')[2].indexOf('thirty') + 1;
    assert.equal(mismatch, `a.txt:3:${column} error The words say 30 but the digits say 60. [drafting/number-mismatch]`);
    assert.match(notice, /^a\.txt:4:\d+ information Notice of 180 days; your playbook allows at most 90\. \[renewal\/long-notice-period\]$/);
    assert.equal(summarize([MISMATCH, NOTICE, MISMATCH], 2), '2 errors, 1 information note in 2 files');
    assert.equal(summarize([], 1), 'no findings in 1 file');
  });

  it('json: 0-based ranges, facts and fix edits', () => {
    const output = JSON.parse(formatJson([reviewedFile('a.txt', [MISMATCH])])) as {
      version: number;
      files: { path: string; findings: { range: unknown; facts: unknown; fixes: { title: string; safe: boolean; edits: { range: unknown; newText: string }[] }[] }[] }[];
    };
    assert.equal(output.version, 1);
    const [finding] = output.files[0].findings;
    const line = TEXT.split('\r\n')[2];
    const start = line.indexOf('thirty');
    assert.deepEqual(finding.range, { start: { line: 2, character: start }, end: { line: 2, character: start + 'thirty (60)'.length } });
    assert.deepEqual(finding.facts, { words: 30, digits: 60 });
    assert.deepEqual(finding.fixes, [{
      title: 'Use thirty (30)',
      safe: false,
      edits: [{ range: { start: { line: 2, character: line.indexOf('60') }, end: { line: 2, character: line.indexOf('60') + 2 } }, newText: '30' }],
    }]);
  });

  it('spansToRanges converts nested spans and leaves other objects alone', () => {
    const lineStarts = [0, 4, 8];
    assert.deepEqual(spansToRanges({ a: { start: 5, end: 9 }, b: [{ start: 0, end: 1 }], c: { start: 1, end: 2, label: 'x' }, d: null, e: 'text' }, lineStarts), {
      a: { start: { line: 1, character: 1 }, end: { line: 2, character: 1 } },
      b: [{ start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }],
      c: { start: 1, end: 2, label: 'x' },
      d: null,
      e: 'text',
    });
  });

  it('sarif: valid against the 2.1.0 schema, with fixes, levels and fingerprints', () => {
    const schemaPath = join(dirname(require.resolve('@microsoft/jest-sarif')), 'schemas', 'sarif-2.1.0-rtm.5.json');
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    ajv.addFormat('uri', (s: string) => URL.canParse(s));
    ajv.addFormat('uri-reference', (s: string) => URL.canParse(s, 'file:///base/'));
    ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
    const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')) as object);

    const cwd = join('/', 'work', 'repo');
    const text = formatSarif([reviewedFile(join('drafts', 'order form.txt'), [MISMATCH, NOTICE, MISMATCH])], cwd);
    const log = JSON.parse(text) as Sarif.Log;
    assert.ok(validate(log), JSON.stringify(validate.errors));

    const run = log.runs[0];
    const results = run.results ?? [];
    assert.deepEqual(results.map((r) => r.level), ['error', 'note', 'error']);
    for (const r of results) assert.equal(run.tool.driver.rules?.[r.ruleIndex ?? -1]?.id, r.ruleId);
    const location = results[0].locations?.[0]?.physicalLocation;
    assert.deepEqual(location?.artifactLocation, { uri: 'drafts/order%20form.txt', uriBaseId: '%SRCROOT%' });
    const column = TEXT.split('\r\n')[2].indexOf('thirty') + 1;
    assert.deepEqual(location?.region, { startLine: 3, startColumn: column, endLine: 3, endColumn: column + 'thirty (60)'.length });
    assert.deepEqual(results[0].fixes, [{
      description: { text: 'Use thirty (30)' },
      artifactChanges: [{
        artifactLocation: { uri: 'drafts/order%20form.txt', uriBaseId: '%SRCROOT%' },
        replacements: [{ deletedRegion: { startLine: 3, startColumn: column + 8, endLine: 3, endColumn: column + 10 }, insertedContent: { text: '30' } }],
      }],
    }]);
    assert.equal(results[1].fixes, undefined);
    const prints = results.map((r) => r.partialFingerprints?.[FINGERPRINT_KEY] ?? '');
    assert.match(prints[0], /^[0-9a-f]{64}:1$/);
    assert.equal(prints[2], prints[0].replace(/:1$/, ':2'));
    assert.notEqual(prints[1].split(':')[0], prints[0].split(':')[0]);
  });
});
