import assert from 'node:assert/strict';
import { parseContract } from '../../../server/src/engine/parse';
import { textOf } from './helpers';

describe('parse: normalised text', () => {
  it('keeps the length and maps quotes, spaces and dashes one for one', () => {
    const text = '\u201CService Credit\u201D\u00A0means\tthe Customer\u2019s credit \u2013 \u2014 \u2212 \u00A7 5.';
    const c = parseContract(text, 'plaintext');
    assert.equal(c.normalized.length, text.length);
    assert.equal(c.normalized, '"Service Credit" means the Customer\'s credit - - - \u00A7 5.');
  });

  it('turns NULs, control characters and lone surrogates into spaces but keeps surrogate pairs', () => {
    const text = 'a\u0000b\u0007c\uD800d\uDC00e\uD83D\uDE00f';
    const c = parseContract(text, 'plaintext');
    assert.equal(c.normalized, 'a b c d e\uD83D\uDE00f');
  });

  it('keeps CRLF and lone CR so lines and offsets match the original', () => {
    const text = '1. TERM\r\n\r\n1.1 The term is one year.\rThe fees are due.\r\n';
    const c = parseContract(text, 'plaintext');
    assert.deepEqual(c.lineStarts, [0, 9, 11, 37, 56]);
    assert.equal(c.headings[0].title, 'TERM');
    assert.equal(textOf(c, c.headings[0].span), '1. TERM');
    assert.deepEqual(c.clauses.map((cl) => textOf(c, cl.span)), ['1.1 The term is one year.\rThe fees are due.']);
  });

  it('gives offsets into the original for text with NBSPs and curly quotes', () => {
    const text = 'The\u00A0initial term (the \u201CInitial\u00A0Term\u201D) is\u00A0one\u00A0year.';
    const c = parseContract(text, 'plaintext');
    assert.equal(textOf(c, c.definedTerms[0].span), 'Initial\u00A0Term');
    assert.equal(c.definedTerms[0].term, 'Initial Term');
    assert.equal(textOf(c, c.clauses[0].sentences[0].span), text);
  });

  it('blanks front matter, fenced code and HTML comments in Markdown, keeping line breaks', () => {
    const text = [
      '---', 'title: Draft', '---', '# Fees', '```', 'Not contract text.', '```', '~~~~json', '{"a": 1}', '~~~~',
      'Fees <!-- a note --> are due.', '<!--', 'hidden', '-->', 'End.',
    ].join('\r\n');
    const c = parseContract(text, 'markdown');
    assert.equal(c.normalized.length, text.length);
    assert.equal(c.normalized.split('\r\n').length, text.split('\r\n').length);
    assert.ok(!c.normalized.includes('Not contract text'));
    assert.ok(!c.normalized.includes('title'));
    assert.ok(!c.normalized.includes('hidden'));
    assert.ok(!c.normalized.includes('a note'));
    assert.deepEqual(c.clauses.map((cl) => c.normalized.slice(cl.span.start, cl.span.end)), [`Fees ${' '.repeat('<!-- a note -->'.length)} are due.`, 'End.']);
    assert.deepEqual(c.headings.map((h) => h.title), ['Fees']);
  });

  it('treats an unclosed fence as code to the end, like CommonMark', () => {
    const c = parseContract('Before.\n\n```\nAfter.\n', 'markdown');
    assert.deepEqual(c.clauses.map((cl) => textOf(c, cl.span)), ['Before.']);
  });

  it('does not blank a leading horizontal rule as front matter, nor code in plain text', () => {
    const md = parseContract('---\n\nThe term is one year.\n\n---\n', 'markdown');
    assert.equal(md.clauses.length, 1);
    const plain = parseContract('```\nThe term is one year.\n```\n', 'plaintext');
    assert.ok(plain.normalized.includes('The term is one year.'));
  });

  it('blanks inline HTML tags but not autolinks or comparisons', () => {
    const c = parseContract('Uptime <b>below</b> 99% or < 5 <https://example.com/terms>.\n', 'markdown');
    assert.equal(c.normalized, 'Uptime    below     99% or < 5 <https://example.com/terms>.\n');
  });
});
