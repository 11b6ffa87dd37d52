import assert from 'node:assert/strict';
import type { Finding, Fix } from '../../../server/src/engine/model';
import type { Review } from '../../../server/src/engine/review';
import { safeFixEdits, wantsFixAll } from '../../../server/src/lsp/fixAll';

function fix(safe: boolean, ...spans: [number, number][]): Fix {
  return { title: 't', safe, edits: spans.map(([start, end]) => ({ span: { start, end }, newText: 'x' })) };
}

function finding(...fixes: Fix[]): Finding {
  return { ruleId: 'drafting/example', severity: 'warning', message: 'm', span: { start: 0, end: 1 }, facts: {}, fixes };
}

function reviewOf(findings: Finding[]): Review {
  return { findings } as unknown as Review;
}

const starts = (edits: ReturnType<typeof safeFixEdits>) => edits.map((group) => group.map((e) => e.span.start));

describe('fix all: which fixes go together', () => {
  it('takes the first safe fix of each finding and never a suggestion', () => {
    const result = safeFixEdits(reviewOf([finding(fix(false, [0, 2]), fix(true, [5, 6])), finding(fix(false, [10, 12]))]));
    assert.deepEqual(starts(result), [[5]]);
  });

  it('skips a fix that overlaps one before it, whole, and keeps document order', () => {
    const result = safeFixEdits(reviewOf([
      finding(fix(true, [20, 25])),
      finding(fix(true, [0, 4], [22, 23])),
      finding(fix(true, [10, 12])),
      finding(fix(true, [12, 14])),
    ]));
    // [0,4]+[22,23] comes first and takes 22; [20,25] overlaps it; [12,14] only touches [10,12].
    assert.deepEqual(starts(result), [[0, 22], [10], [12]]);
  });

  it('treats two insertions at one point as overlapping', () => {
    assert.deepEqual(starts(safeFixEdits(reviewOf([finding(fix(true, [8, 8])), finding(fix(true, [8, 8]))]))), [[8]]);
  });

  it('is asked for by the source kinds only', () => {
    assert.equal(wantsFixAll(undefined), false);
    assert.equal(wantsFixAll(['quickfix']), false);
    for (const kind of ['source', 'source.fixAll', 'source.fixAll.contractReview']) assert.equal(wantsFixAll([kind]), true, kind);
  });
});
