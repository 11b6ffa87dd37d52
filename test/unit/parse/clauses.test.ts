import assert from 'node:assert/strict';
import { parseContract } from '../../../server/src/engine/parse';
import { allSentences, textOf } from './helpers';

describe('parse: clauses', () => {
  it('splits paragraphs at blank lines and at lines that open with a clause number', () => {
    const text = [
      '12. TERM AND TERMINATION',
      '12.1 Term. The term is one year.',
      '12.2 Renewal. It renews',
      'for one year at a time.',
      '(a) Either party may give notice.',
      '(b) Notice must be written.',
      '',
      'A plain paragraph',
      'on two lines.',
      'Section 5 Fees are due monthly.',
    ].join('\n');
    const c = parseContract(text, 'plaintext');
    assert.deepEqual(c.clauses.map((cl) => [cl.number, cl.headingIndex]), [
      ['12.1', 0], ['12.2', 0], ['(a)', 0], ['(b)', 0], [undefined, 0], ['5', 0],
    ]);
    assert.equal(textOf(c, c.clauses[1].span), '12.2 Renewal. It renews\nfor one year at a time.');
    assert.equal(textOf(c, c.clauses[0].numberSpan!), '12.1');
    assert.equal(textOf(c, c.clauses[5].numberSpan!), 'Section 5');
  });

  it('reads the clause number as written: 12.3(a), (b), 5., iv., 1)', () => {
    const c = parseContract('12.3(a) Fees are due.\n\n(b) Fees are due.\n\n5. Fees are due.\n\niv. Fees are due.\n\n1) Fees are due.\n\n**7.2** Fees are due.\n', 'plaintext');
    assert.deepEqual(c.clauses.map((cl) => cl.number), ['12.3(a)', '(b)', '5', 'iv', '1', '7.2']);
    assert.deepEqual(c.clauses.map((cl) => textOf(c, cl.numberSpan!)), ['12.3(a)', '(b)', '5.', 'iv.', '1)', '7.2']);
  });

  it('does not take amounts, years or percentages at a line start for clause numbers', () => {
    const c = parseContract('The fee is\n30 days after invoice and\n2020. Also\n99.9% uptime.\n', 'plaintext');
    assert.equal(c.clauses.length, 1);
    assert.equal(c.clauses[0].number, undefined);
  });

  it('starts a clause at each Markdown list item', () => {
    const c = parseContract('Provider shall:\n- keep backups;\n- encrypt data; and\n* notify Customer.\n', 'markdown');
    assert.deepEqual(c.clauses.map((cl) => textOf(c, cl.span)), ['Provider shall:', '- keep backups;', '- encrypt data; and', '* notify Customer.']);
  });

  it('gives -1 as the heading index before the first heading, and never makes a heading a clause', () => {
    const c = parseContract('Preamble text.\n\n# Fees\n\nFees are due.\n', 'markdown');
    assert.deepEqual(c.clauses.map((cl) => [textOf(c, cl.span), cl.headingIndex]), [['Preamble text.', -1], ['Fees are due.', 0]]);
  });

  it('skips Markdown horizontal rules', () => {
    const c = parseContract('One.\n\n---\n\n***\n\nTwo.\n', 'markdown');
    assert.deepEqual(c.clauses.map((cl) => textOf(c, cl.span)), ['One.', 'Two.']);
  });

  it('keeps a paragraph a page break cut mid-sentence open across the blank lines, so its sentence is whole', () => {
    const text = 'The Agreement runs for ten years. Thereafter, this\n\n\n\nAgreement shall continue month to month until terminated.\n\nA new paragraph.';
    const c = parseContract(text, 'plaintext');
    assert.equal(c.clauses.length, 2);
    assert.deepEqual(allSentences(c).map((s) => s.replace(/\s+/g, ' ')), [
      'The Agreement runs for ten years.',
      'Thereafter, this Agreement shall continue month to month until terminated.',
      'A new paragraph.',
    ]);
  });

  it('still closes a paragraph at a blank line after a full stop, a heading or a clause number', () => {
    const ended = parseContract('Fees are due monthly.\n\nThe Customer pays them.', 'plaintext');
    assert.equal(ended.clauses.length, 2);
    const heading = parseContract('Fees are due to the\n\n# Term\n\nThe term is one year.', 'markdown');
    assert.deepEqual(heading.clauses.map((cl) => cl.headingIndex), [-1, 0]);
    const numbered = parseContract('Fees are payable by the\n\n5.2 Term. The term is one year.', 'plaintext');
    assert.deepEqual(numbered.clauses.map((cl) => cl.number ?? null), [null, '5.2']);
  });
});

describe('parse: sentences', () => {
  const sentencesOf = (text: string) => allSentences(parseContract(text, 'plaintext'));

  it('splits at sentence ends followed by a capital, a number or a quote', () => {
    assert.deepEqual(sentencesOf('Fees are due. Payment is late after 30 days! "Late" means late? 5 days remain.'), [
      'Fees are due.', 'Payment is late after 30 days!', '"Late" means late?', '5 days remain.',
    ]);
  });

  it('does not split after abbreviations, initials, decimals or clause numbers', () => {
    assert.deepEqual(
      sentencesOf('12.3 Uptime is 99.9 percent, e.g. for U.S. customers of Acme Inc. and Beta Ltd. as in Sec. 4 and No. 5 per John Q. Public etc. Credits apply.'),
      ['12.3 Uptime is 99.9 percent, e.g. for U.S. customers of Acme Inc. and Beta Ltd. as in Sec. 4 and No. 5 per John Q. Public etc. Credits apply.'],
    );
    assert.deepEqual(sentencesOf('12. Term. The term is one year.'), ['12. Term.', 'The term is one year.']);
  });

  it('does not split before a lower-case word', () => {
    assert.deepEqual(sentencesOf('Approx. ten days. see below.'), ['Approx. ten days. see below.']);
  });

  it('keeps closing quotes and brackets with the sentence they close', () => {
    assert.deepEqual(sentencesOf('It is called "Service." (Credits apply.) Next one.'), ['It is called "Service."', '(Credits apply.)', 'Next one.']);
  });

  it('never lets a sentence cross a clause boundary', () => {
    const c = parseContract('1. First clause without a stop\n2. Second clause.', 'plaintext');
    assert.deepEqual(c.clauses.map((cl) => cl.sentences.length), [1, 1]);
    assert.deepEqual(allSentences(c), ['1. First clause without a stop', '2. Second clause.']);
  });

  it('trims spans and gives absolute offsets', () => {
    const text = 'Intro.\n\n   Padded sentence.   Another one.   \n';
    const c = parseContract(text, 'plaintext');
    const spans = c.clauses.flatMap((cl) => cl.sentences.map((s) => s.span));
    assert.deepEqual(spans.map((s) => text.slice(s.start, s.end)), ['Intro.', 'Padded sentence.', 'Another one.']);
  });

  it('cuts run-ons longer than 3000 characters, preferably at semicolons', () => {
    const part = 'the Provider shall keep the Service available and the Customer shall pay the fees';
    const text = Array.from({ length: 100 }, () => part).join('; ') + '.';
    const c = parseContract(text, 'plaintext');
    const sentences = c.clauses[0].sentences;
    assert.ok(sentences.length >= 3);
    for (const s of sentences) {
      assert.ok(s.span.end - s.span.start <= 3000);
      assert.ok(text[s.span.end - 1] === ';' || s.span.end === text.length);
    }
    assert.equal(sentences[0].span.start, 0);
    assert.equal(sentences[sentences.length - 1].span.end, text.length);
  });
});
