import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { review } from '../../../server/src/engine/review';
import { RULES } from '../../../server/src/engine/rules';
import { lineOf } from '../../../server/src/engine/positions';

// A whole draft's findings as a golden file, so a change in what the engine
// reports on a realistic MSA shows up in the diff. "line" is 0-based, as in LSP.
//
// The file also records which rules were registered when it was written, and
// only those rules' findings are compared: other rule families are being added
// in parallel, and a new rule should not turn this test red for its author.
// UPDATE_GOLDEN=1 rewrites the file with every registered rule; read the
// rewritten JSON before committing it.

const SAMPLE = join(__dirname, '../../fixtures/samples/ccaas-msa.md');
const GOLDEN = join(__dirname, '../../fixtures/rules/_whole-drafts/ccaas-msa.expected.json');

interface Golden {
  readonly rules: readonly string[];
  readonly findings: readonly { readonly ruleId: string; readonly line: number; readonly message: string }[];
}

function currentFindings(text: string): Golden['findings'] {
  const result = review(text, { format: 'markdown' });
  return result.findings.map((f) => ({ ruleId: f.ruleId, line: lineOf(result.contract.lineStarts, f.span.start), message: f.message }));
}

describe('review: the CCaaS MSA sample', () => {
  it('finds what the golden file lists', () => {
    const text = readFileSync(SAMPLE, 'utf8');
    if (process.env.UPDATE_GOLDEN === '1') {
      const golden: Golden = { rules: RULES.map((r) => r.meta.id), findings: currentFindings(text) };
      writeFileSync(GOLDEN, `${JSON.stringify(golden, null, 2)}\n`);
    }
    assert.ok(existsSync(GOLDEN), `${GOLDEN} is missing: run with UPDATE_GOLDEN=1 and review it`);
    const golden = JSON.parse(readFileSync(GOLDEN, 'utf8')) as Golden;
    const covered = new Set(golden.rules);
    assert.ok(covered.size > 0);
    assert.deepEqual(
      currentFindings(text).filter((f) => covered.has(f.ruleId)),
      golden.findings,
      'findings differ from the golden file (UPDATE_GOLDEN=1 rewrites it; review the diff)',
    );
  });

  it('reads the key terms a buyer calendars', () => {
    const { keyTerms } = review(readFileSync(SAMPLE, 'utf8'));
    assert.deepEqual(
      [keyTerms.effectiveDate, keyTerms.initialTermMonths, keyTerms.renewal?.termBasis, keyTerms.renewal?.termMonths, keyTerms.renewal?.noticeDays, keyTerms.nonRenewalNoticeDeadline],
      ['2026-03-01', 36, 'same-as-initial', 36, 120, '2028-10-31'],
    );
  });
});
