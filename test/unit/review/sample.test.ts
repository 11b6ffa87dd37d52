import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { review } from '../../../server/src/engine/review';
import { lineOf } from '../../../server/src/engine/positions';

// A whole draft's findings as a golden file, so any change in what the engine
// reports on a realistic MSA shows up in the diff. "line" is 0-based, as in LSP.
// A new rule or a changed message makes this fail on purpose: rerun with
// UPDATE_GOLDEN=1 and read the rewritten JSON before committing it.

const SAMPLE = join(__dirname, '../../fixtures/samples/ccaas-msa.md');
const GOLDEN = join(__dirname, '../../fixtures/rules/_whole-drafts/ccaas-msa.expected.json');

describe('review: the CCaaS MSA sample', () => {
  it('finds what the golden file lists', () => {
    const text = readFileSync(SAMPLE, 'utf8');
    const result = review(text, { format: 'markdown' });
    const actual = result.findings.map((f) => ({ ruleId: f.ruleId, line: lineOf(result.contract.lineStarts, f.span.start), message: f.message }));
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(GOLDEN, `${JSON.stringify(actual, null, 2)}\n`);
    assert.ok(existsSync(GOLDEN), `${GOLDEN} is missing: run with UPDATE_GOLDEN=1 and review it`);
    assert.deepEqual(actual, JSON.parse(readFileSync(GOLDEN, 'utf8')), 'findings differ from the golden file (UPDATE_GOLDEN=1 rewrites it; review the diff)');
  });

  it('reads the key terms a buyer calendars', () => {
    const { keyTerms } = review(readFileSync(SAMPLE, 'utf8'));
    assert.deepEqual(
      [keyTerms.effectiveDate, keyTerms.initialTermMonths, keyTerms.renewal?.termBasis, keyTerms.renewal?.termMonths, keyTerms.renewal?.noticeDays, keyTerms.nonRenewalNoticeDeadline],
      ['2026-03-01', 36, 'same-as-initial', 36, 120, '2028-10-31'],
    );
  });
});
