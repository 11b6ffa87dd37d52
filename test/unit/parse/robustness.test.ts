import assert from 'node:assert/strict';
import { parseContract } from '../../../server/src/engine/parse';
import type { Contract, Span } from '../../../server/src/engine/model';

/** Small deterministic generator so a failure reproduces. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 0x100000000;
  };
}

const PIECES = [
  '\n', '\r\n', '\r', ' ', '\t', '\u00A0', '\u0000', '\uD800', '\uDC00', '\uD83D\uDE00', '"', '\u201C', '\u201D', '(', ')',
  '#', '## ', '```', '~~~', '---', '<!--', '-->', '<span>', '**', '__', '12.3', '(a)', '5.', 'Section 5', 'ARTICLE IV',
  'e.g.', 'U.S.', '99.9%', '. ', '? ', 'The term', ' means ', 'contract-review-disable-next-line', 'contract-review-disable',
  '(the "Initial Term")', 'TERM AND TERMINATION', '- ', '|', ';', '\u2014', '\u00A7',
];

function junk(next: () => number, length: number): string {
  let out = '';
  while (out.length < length) {
    if (next() < 0.3) out += String.fromCharCode(Math.floor(next() * 0x10000));
    else out += PIECES[Math.floor(next() * PIECES.length)];
  }
  return out;
}

function assertInside(span: Span, length: number, what: string): void {
  assert.ok(Number.isInteger(span.start) && Number.isInteger(span.end), `${what}: integer offsets`);
  assert.ok(span.start >= 0 && span.start <= span.end && span.end <= length, `${what}: ${span.start}..${span.end} of ${length}`);
}

function assertWellFormed(c: Contract): void {
  const n = c.text.length;
  assert.equal(c.normalized.length, n);
  assert.equal(c.lineStarts[0], 0);
  for (const h of c.headings) assertInside(h.span, n, 'heading');
  for (const clause of c.clauses) {
    assertInside(clause.span, n, 'clause');
    if (clause.numberSpan) assertInside(clause.numberSpan, n, 'clause number');
    assert.ok(clause.headingIndex >= -1 && clause.headingIndex < c.headings.length);
    for (const s of clause.sentences) {
      assertInside(s.span, n, 'sentence');
      assert.ok(s.span.start >= clause.span.start && s.span.end <= clause.span.end, 'sentence inside its clause');
      assert.ok(s.span.end - s.span.start <= 3000, 'sentence capped');
    }
  }
  for (const t of c.definedTerms) assertInside(t.span, n, 'defined term');
  for (const line of c.suppressions.lines.keys()) assert.ok(line >= 0 && line < c.lineStarts.length);
}

describe('parse: robustness', () => {
  const fixed: readonly (readonly [string, string])[] = [
    ['empty', ''],
    ['only whitespace', ' \t\u00A0\n\r\n   \r'],
    ['NULs', '\u0000'.repeat(1000)],
    ['lone surrogates', '\uD800\uDC00\uDC00\uD800x\uDBFF'],
    ['a 200k-character line', 'The Provider shall keep the Service available, '.repeat(4300)],
    ['a 200k-character line without spaces', 'x'.repeat(200_000)],
    ['only dots', '.'.repeat(50_000)],
    ['only quotes', '"'.repeat(50_000)],
    ['only hashes', '#'.repeat(50_000)],
    ['unclosed comments', '<!--'.repeat(20_000)],
    ['many tags', '<b>'.repeat(20_000)],
    ['many bold marks', '**'.repeat(20_000)],
    ['deep numbering', '1.1.1.1.1.1.1.1(a)(b)(c)(d) ' + '(i)'.repeat(5000)],
  ];
  for (const [name, text] of fixed) {
    for (const format of ['markdown', 'plaintext'] as const) {
      it(`parses ${name} (${format})`, () => assertWellFormed(parseContract(text, format)));
    }
  }

  it('parses random junk in both formats without throwing', () => {
    const next = random(20240601);
    for (let round = 0; round < 150; round++) {
      const text = junk(next, Math.floor(next() * 3000));
      for (const format of ['markdown', 'plaintext'] as const) {
        try {
          assertWellFormed(parseContract(text, format));
        } catch (error) {
          throw new Error(`round ${round} (${format}): ${JSON.stringify(text.slice(0, 200))}: ${String(error)}`);
        }
      }
    }
  });

});
