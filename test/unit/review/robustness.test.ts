import assert from 'node:assert/strict';
import { review } from '../../../server/src/engine/review';
import type { Fix, SourceFormat, Span } from '../../../server/src/engine/model';
import { applyFix, assertEditsWellFormed, sortedEdits } from '../rules/edits';
import { seededRandom } from '../../seededRandom';

// The server reviews whatever the editor holds, mid-edit and pasted from
// anywhere, so review() must never throw and never point outside the text.
// Inputs are glued together from contract-ish fragments by a seeded generator,
// so a failure names its seed and can be replayed.

const FRAGMENTS: readonly string[] = [
  'This Agreement shall automatically renew for successive three (3) year periods',
  ' unless either party gives written notice of non-renewal at least one hundred twenty (120) days before the end of the then-current term.',
  'renew for successive periods equal to the Initial Term',
  'The initial term of this Agreement is thirty-six (36) months',
  'no earlier than one hundred twenty (120) days and no later than ninety (90) days',
  "at Provider's then-current list prices",
  'the fees may increase by the greater of five percent (5%) or CPI',
  'increase by up to seven percent (7%)',
  'thirty (60) days', 'Thirty (60)', 'ONE HUNDRED TWENTY (90)', 'sixty (60)', 'month-to-month', 'year to year',
  'entered into as of March 1, 2026 (the "Effective Date")', 'January 31, 2026', '2026-02-29',
  '(the \u201cInitial Term\u201d)', '\u201cRenewal Term\u201d', '\u2018Customer\u2019', '\u2014', '\u2013', '\u00a7 12.3', '\u00a0', '\t',
  '# ', '## 3. Term\n', 'ARTICLE IV - TERM AND TERMINATION\n', '3.2 ', '12.3(a) ', '**Renewal.** ', '* ', '1. ',
  '<!-- contract-review-disable-next-line -->\n', '<!-- contract-review-disable renewal/long-renewal-term -->',
  '// contract-review-disable-next-line renewal/long-notice-period\n', '<!--', '-->', '```\n', '---\n',
  '\r\n', '\n', '\n\n', '\r', ' ', ' ', '. ', ', ', '(', ')', '%', '$1.2 million', 'USD 5,000', '99.9%',
  '\ud800', '\udc00', '\ud83d\ude00', '\u0000', '\ufeff', '\u200b', 'one hundred', 'and', 'point', 'nine',
];


function randomDraft(seed: number): string {
  const random = seededRandom(seed);
  const pick = (): string => FRAGMENTS[Math.floor(random() * FRAGMENTS.length)];
  const parts: string[] = [];
  const count = 1 + Math.floor(random() * 60);
  for (let i = 0; i < count; i++) parts.push(pick());
  // One input in ten gets a very long line: a whole contract pasted as one paragraph.
  if (random() < 0.1) {
    const sentence = `${pick()} ${pick()} ${pick()}`;
    parts.splice(Math.floor(random() * parts.length), 0, sentence.repeat(Math.ceil(20000 / Math.max(1, sentence.length))));
  }
  return parts.join(random() < 0.5 ? '' : ' ');
}

function assertSpanInside(span: Span, length: number, what: string): void {
  assert.ok(
    Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start <= span.end && span.end <= length,
    `${what} [${span.start}, ${span.end}) lies outside [0, ${length}]`,
  );
}

/** The fixed text keeps every character outside the edited spans, in order. */
function assertOnlyEditedSpansChange(text: string, fix: Fix, after: string, what: string): void {
  let readFrom = 0;
  let writeAt = 0;
  for (const edit of sortedEdits(fix.edits)) {
    const kept = text.slice(readFrom, edit.span.start);
    assert.equal(after.slice(writeAt, writeAt + kept.length), kept, `${what}: text before an edit changed`);
    writeAt += kept.length;
    assert.equal(after.slice(writeAt, writeAt + edit.newText.length), edit.newText, `${what}: the edit's text is not where it belongs`);
    writeAt += edit.newText.length;
    readFrom = edit.span.end;
  }
  assert.equal(after.slice(writeAt), text.slice(readFrom), `${what}: text after the last edit changed`);
}

/** Findings per draft whose fixes are applied and compared. */
const MAX_FIXED_FINDINGS = 40;

/** Checks one review; returns the ids of the rules whose fixes it applied. */
function checkDraft(text: string, format: SourceFormat, label: string): Set<string> {
  const fixed = new Set<string>();
  const result = review(text, { format });
  for (const [index, finding] of result.findings.entries()) {
    const what = `${label}: ${finding.ruleId}`;
    assertSpanInside(finding.span, text.length, what);
    // Applying copies the whole text; on a line of 12,000 mismatches, a sample does.
    if (index >= MAX_FIXED_FINDINGS) continue;
    for (const fix of finding.fixes) {
      assertEditsWellFormed(text, fix);
      const after = applyFix(text, fix);
      assertOnlyEditedSpansChange(text, fix, after, `${what} / ${fix.title}`);
      fixed.add(finding.ruleId);
    }
  }
  const { keyTerms } = result;
  for (const span of [keyTerms.effectiveDateSpan, keyTerms.initialTermSpan, keyTerms.renewal?.span, keyTerms.renewal?.termSpan, keyTerms.renewal?.noticeSpan, keyTerms.priceIncrease?.span]) {
    if (span) assertSpanInside(span, text.length, `${label}: key term`);
  }
  for (const item of result.checklist) {
    if (item.span) assertSpanInside(item.span, text.length, `${label}: checklist ${item.id}`);
  }
  return fixed;
}

describe('review: robustness on random contract-ish text', () => {
  // 600 full reviews: a generous timeout, so a machine busy with other work does not fail a test about correctness.
  it('300 random drafts in each format: no throw, spans inside, fixes touch only their spans', function () {
    this.timeout(180_000);
    const seen = new Set<string>();
    for (let seed = 1; seed <= 300; seed++) {
      const text = randomDraft(seed);
      for (const format of ['markdown', 'plaintext'] as const) {
        for (const id of checkDraft(text, format, `seed ${seed} (${format})`)) seen.add(id);
      }
    }
    // Guards the property against a generator that only makes noise.
    for (const id of ['renewal/long-renewal-term', 'renewal/long-notice-period', 'renewal/uncapped-price-increase', 'drafting/number-mismatch']) {
      assert.ok(seen.has(id), `no random draft produced ${id}`);
    }
  });

  it('edge inputs: empty, only whitespace, only NULs, lone surrogates, a 200,000-character line', () => {
    const edges = ['', ' ', '\n', '\r\n\r\n', '\u0000'.repeat(50), '\ud800\udc00\ud800', '\udfff thirty (60) days \ud800', `${'thirty (60) days '.repeat(12000)}`];
    for (const [i, text] of edges.entries()) {
      for (const format of ['markdown', 'plaintext'] as const) checkDraft(text, format, `edge ${i} (${format})`);
    }
  });

  it('drafts of headings alone, which have no sentence for a reader to point at', () => {
    const headingsOnly = [
      'COMMENCEMENT DATE: JUNE 1, 2022',
      '# Term of 36 months renewing for 12 months',
      'EFFECTIVE DATE\n==============',
      '1. TERMINATION FOR CONVENIENCE ON 90 DAYS',
      '## Service Levels 99.5%\n\n## Data Processing\n\n## Governing Law: New York',
    ];
    for (const [i, text] of headingsOnly.entries()) {
      for (const format of ['markdown', 'plaintext'] as const) checkDraft(text, format, `headings ${i} (${format})`);
    }
  });
});
