import assert from 'node:assert/strict';
import { INITIAL, type IGrammar } from 'vscode-textmate';
import { describeTokens, hasScope, loadContractGrammar, tokenizeLines, tokensOf, type Token } from './grammarHarness';

/** Asserts that `needle` in the last of `lines` is exactly one construct carrying `scope`. */
function expectScope(grammar: IGrammar, lines: readonly string[], needle: string, scope: string): void {
  const line = lines[lines.length - 1];
  const tokens = tokenizeLines(grammar, lines).at(-1) ?? [];
  const covering = tokensOf(tokens, line, needle);
  const start = line.indexOf(needle);
  const explain = `\n${describeTokens(tokens)}`;
  assert.ok(covering.length > 0, `no tokens for "${needle}"${explain}`);
  assert.equal(covering[0].start, start, `"${needle}" should start a token${explain}`);
  assert.equal(covering.at(-1)?.end, start + needle.length, `"${needle}" should end a token${explain}`);
  for (const token of covering) assert.ok(hasScope(token, scope), `"${token.text}" lacks ${scope}${explain}`);
  const before = tokens.find((t) => t.end === start);
  const after = tokens.find((t) => t.start === start + needle.length);
  for (const outside of [before, after].filter((t): t is Token => t !== undefined)) {
    assert.ok(!hasScope(outside, scope), `${scope} should not spill into "${outside.text}"${explain}`);
  }
}

function expectNoScope(grammar: IGrammar, lines: readonly string[], needle: string, scope: string): void {
  const line = lines[lines.length - 1];
  const tokens = tokenizeLines(grammar, lines).at(-1) ?? [];
  for (const token of tokensOf(tokens, line, needle)) {
    assert.ok(!hasScope(token, scope), `"${token.text}" should not be ${scope}\n${describeTokens(tokens)}`);
  }
}

describe('text.contract grammar', () => {
  let grammar: IGrammar;
  before(async () => {
    grammar = await loadContractGrammar();
  });

  describe('headings', () => {
    const cases: [line: string, title: string][] = [
      ['# Term and Termination', 'Term and Termination'],
      ['## 12. Fees', '12. Fees'],
      ['12.3 Service Credits', 'Service Credits'],
      ['4. FEES AND PAYMENT', 'FEES AND PAYMENT'],
      ['Article IV - Term', 'Term'],
      ['ARTICLE 4: TERM AND TERMINATION', 'TERM AND TERMINATION'],
      ['Section 5 Confidentiality', 'Confidentiality'],
      ['TERM AND TERMINATION', 'TERM AND TERMINATION'],
      ['EXHIBIT B', 'EXHIBIT B'],
    ];
    for (const [line, title] of cases) {
      it(`"${line}" is a heading titled "${title}"`, () => {
        expectScope(grammar, [line], title, 'entity.name.section');
        const tokens = tokenizeLines(grammar, [line])[0];
        assert.ok(tokens.every((t) => hasScope(t, 'markup.heading')), describeTokens(tokens));
      });
    }

    it('gives the number of a numbered heading its own scope', () => {
      expectScope(grammar, ['12.3 Service Credits'], '12.3', 'entity.name.section.number');
      expectScope(grammar, ['Article IV'], 'Article IV', 'entity.name.section.number');
    });

    const notHeadings = [
      '12.3 The Customer shall pay all Fees within thirty (30) days.',
      '1. The Provider will notify the Customer',
      'Section 5 applies to the renewal.',
      'The parties agree as follows',
      'USD 5,000',
      'EXCEPT AS EXPRESSLY PROVIDED IN THIS AGREEMENT, THE SERVICES ARE PROVIDED "AS IS" AND PROVIDER DISCLAIMS ALL OTHER WARRANTIES OF ANY KIND.',
    ];
    for (const line of notHeadings) {
      it(`"${line.slice(0, 40)}…" is not a heading`, () => {
        const tokens = tokenizeLines(grammar, [line])[0];
        assert.ok(tokens.every((t) => !hasScope(t, 'markup.heading')), describeTokens(tokens));
      });
    }
  });

  describe('clause numbers at the start of a line', () => {
    const cases: [line: string, number: string][] = [
      ['12.3(a) The Customer may terminate.', '12.3(a)'],
      ['12.3. The Customer may terminate.', '12.3.'],
      ['5. Provider shall keep backups.', '5.'],
      ['(iv) any successor service;', '(iv)'],
      ['  (b) indented sub-clause.', '(b)'],
      ['7(a) Fees are due monthly.', '7(a)'],
    ];
    for (const [line, number] of cases) {
      it(`reads "${number}" in "${line}"`, () => {
        expectScope(grammar, [line], number, 'constant.numeric.clause-number');
        expectScope(grammar, [line], number, 'markup.list.numbered');
      });
    }

    it('leaves numbers in the middle of a sentence alone', () => {
      expectNoScope(grammar, ['as set out in 12.3 (a) above'], '12.3', 'constant.numeric.clause-number');
      expectNoScope(grammar, ['Fees of 30 are due'], '30', 'constant.numeric.clause-number');
    });
  });

  describe('defined terms', () => {
    it('scopes the quoted term and its quotes', () => {
      const line = 'for an initial period of one year (the "Initial Term").';
      expectScope(grammar, [line], 'Initial Term', 'entity.name.type.defined-term');
      expectScope(grammar, [line], '"Initial Term"', 'meta.defined-term');
    });

    it('accepts curly quotes', () => {
      expectScope(grammar, ['“Service Credit” means a credit against Fees.'], 'Service Credit', 'entity.name.type.defined-term');
    });

    it('ignores quoted phrases that do not start with a capital', () => {
      expectNoScope(grammar, ['the services are provided "as is" without warranty'], 'as is', 'entity.name.type.defined-term');
    });
  });

  describe('durations', () => {
    const cases: [line: string, duration: string][] = [
      ['within thirty (30) days of the invoice', 'thirty (30) days'],
      ['for 12 months after', '12 months'],
      ['renews for a one-year term', 'one-year'],
      ['no later than one hundred eighty (180) days before', 'one hundred eighty (180) days'],
      ['within seventy-two (72) hours of discovery', 'seventy-two (72) hours'],
      ['within ten (10) business days', 'ten (10) business days'],
      ['on a month-to-month basis', 'month-to-month'],
      ['for THREE (3) YEARS', 'THREE (3) YEARS'],
      ['a 1 yr commitment', '1 yr'],
    ];
    for (const [line, duration] of cases) {
      it(`reads "${duration}"`, () => expectScope(grammar, [line], duration, 'constant.numeric.duration'));
    }

    it('does not read number words inside other words', () => {
      expectNoScope(grammar, ['the Tenant days of service'], 'Tenant days', 'constant.numeric.duration');
      expectNoScope(grammar, ['someone years ago'], 'someone years', 'constant.numeric.duration');
    });
  });

  describe('percentages', () => {
    const cases: [line: string, percent: string][] = [
      ['increase by no more than 5% per year', '5%'],
      ['availability of 99.95 % each month', '99.95 %'],
      ['a credit of ten percent (10%) of the fees', 'ten percent (10%)'],
      ['uptime of ninety-nine point nine percent (99.9%)', 'ninety-nine point nine percent (99.9%)'],
      ['capped at 3 per cent', '3 per cent'],
    ];
    for (const [line, percent] of cases) {
      it(`reads "${percent}"`, () => expectScope(grammar, [line], percent, 'constant.numeric.percent'));
    }
  });

  describe('money', () => {
    const cases: [line: string, money: string][] = [
      ['a minimum commitment of $5,000 per month', '$5,000'],
      ['fees of USD 1,000 per seat', 'USD 1,000'],
      ['capped at $1.2 million in total', '$1.2 million'],
      ['a fee of €250 per hour', '€250'],
      ['a fee of 5,000 dollars', '5,000 dollars'],
      ['a fee of $5000.', '$5000'],
    ];
    for (const [line, money] of cases) {
      it(`reads "${money}"`, () => expectScope(grammar, [line], money, 'constant.numeric.money'));
    }
  });

  describe('cross-references', () => {
    const cases: [line: string, reference: string][] = [
      ['as described in Section 12.3(a), the Provider', 'Section 12.3(a)'],
      ['the service levels in Exhibit B apply', 'Exhibit B'],
      ['the fees in Schedule 2.', 'Schedule 2'],
      ['subject to Article IV and', 'Article IV'],
      ['see § 7.1 below', '§ 7.1'],
      ['under section 5 hereof', 'section 5'],
      ['Attachment A-1 lists them', 'Attachment A-1'],
    ];
    for (const [line, reference] of cases) {
      it(`reads "${reference}"`, () => expectScope(grammar, [line], reference, 'entity.name.tag.reference'));
    }

    it('stops before the sentence full stop', () => {
      expectScope(grammar, ['as set out in Section 12.3.'], 'Section 12.3', 'entity.name.tag.reference');
    });
  });

  describe('inside Markdown', () => {
    it('highlights contract constructs inside a Markdown paragraph', () => {
      const line = 'The Customer shall pay **all Fees** within thirty (30) days.';
      const tokens = tokenizeLines(grammar, [line])[0];
      assert.ok(tokensOf(tokens, line, 'all Fees').every((t) => hasScope(t, 'markup.bold')), describeTokens(tokens));
      expectScope(grammar, [line], 'thirty (30) days', 'constant.numeric.duration');
      // Proof that the duration was found inside Markdown's paragraph, not instead of it.
      assert.ok(tokensOf(tokens, line, 'thirty (30) days').every((t) => hasScope(t, 'meta.paragraph.markdown')), describeTokens(tokens));
    });

    it('leaves fenced code alone', () => {
      const lines = ['```', 'renews for 36 months at $5,000', '```'];
      expectNoScope(grammar, lines.slice(0, 2), '36 months', 'constant.numeric.duration');
      expectNoScope(grammar, lines.slice(0, 2), '$5,000', 'constant.numeric.money');
      expectScope(grammar, [...lines, 'renews for 36 months'], '36 months', 'constant.numeric.duration');
    });

    it('leaves inline code and HTML comments alone', () => {
      expectNoScope(grammar, ['Write `30 days` here'], '30 days', 'constant.numeric.duration');
      expectNoScope(grammar, ['<!-- contract-review-disable-next-line 30 days -->'], '30 days', 'constant.numeric.duration');
    });
  });

  describe('regular expressions', () => {
    // A pattern that backtracks catastrophically would blow far past this limit on
    // these lines; linear ones take a few milliseconds.
    const hostile: Record<string, string> = {
      'repeated number words': 'one '.repeat(4000),
      'hyphenated number words': 'ninety-nine-'.repeat(2000),
      'long run of spaces': `A${' '.repeat(20000)}x`,
      'capital words': `${'TERM '.repeat(4000)}x`,
      'digit run': `${'1'.repeat(20000)}%x`,
      'comma groups': `$${'1,000'.repeat(4000)}x`,
      'unclosed quote': `"A${' b'.repeat(8000)}`,
      'clause letters': `12${'(a)'.repeat(5000)}`,
      'dotted numbers': `${'1.'.repeat(10000)} x`,
      'long numbered line': `1. Title ${'word '.repeat(5000)}`,
    };
    for (const [name, line] of Object.entries(hostile)) {
      it(`tokenizes a ${line.length}-character line of ${name} without stopping early`, () => {
        const result = grammar.tokenizeLine(line, INITIAL, 10_000);
        assert.equal(result.stoppedEarly, false);
      });
    }
  });
});
