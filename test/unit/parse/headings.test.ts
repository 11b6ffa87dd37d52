import assert from 'node:assert/strict';
import { parseContract } from '../../../server/src/engine/parse';
import { textOf } from './helpers';

function headingsOf(text: string, format: 'markdown' | 'plaintext' = 'plaintext') {
  return parseContract(text, format).headings.map((h) => ({ title: h.title, number: h.number, level: h.level }));
}

describe('parse: headings', () => {
  it('reads Markdown headings without the # marks, with their level', () => {
    const c = parseContract('# Master Services Agreement\n\n## 12. Term ##\n\nText.\n\n###### Deep\n', 'markdown');
    assert.deepEqual(c.headings.map((h) => [h.title, h.number, h.level]), [
      ['Master Services Agreement', undefined, 1],
      ['Term', '12', 2],
      ['Deep', undefined, 6],
    ]);
    assert.equal(textOf(c, c.headings[1].span), '## 12. Term ##');
  });

  it('does not take #hashtags or 7 #s for headings', () => {
    assert.deepEqual(headingsOf('#hashtag is text\n\n####### seven\n', 'markdown'), []);
  });

  it('reads setext headings in Markdown', () => {
    assert.deepEqual(headingsOf('Order Form\n==========\n\nFees\n----\n\nText here.\n', 'markdown'), [
      { title: 'Order Form', number: undefined, level: 1 },
      { title: 'Fees', number: undefined, level: 2 },
    ]);
  });

  it('reads short numbered titles and counts their parts as the level', () => {
    assert.deepEqual(headingsOf('12. TERM AND TERMINATION\n\n12.3 Renewal.\n\n12.3(a) Notice of Non-Renewal\n\n1.0 Scope\n'), [
      { title: 'TERM AND TERMINATION', number: '12', level: 1 },
      { title: 'Renewal', number: '12.3', level: 2 },
      { title: 'Notice of Non-Renewal', number: '12.3(a)', level: 3 },
      { title: 'Scope', number: '1.0', level: 1 },
    ]);
  });

  it('treats a numbered sentence as a clause, not a heading', () => {
    const c = parseContract(
      '12.3 Renewal. This Agreement renews for successive one-year terms unless either party gives notice.\n\n' +
        '5. Customer shall pay all fees within thirty (30) days.\n',
      'plaintext',
    );
    assert.deepEqual(c.headings, []);
    assert.deepEqual(c.clauses.map((cl) => cl.number), ['12.3', '5']);
  });

  it('reads Article and Section headings, with the title on the next line when it is there', () => {
    assert.deepEqual(headingsOf('Article IV\n\nARTICLE 4 - TERM\n\nSection 5. Fees\n\nSECTION 6\nCONFIDENTIALITY\n\nText follows here.\n'), [
      { title: '', number: 'IV', level: 1 },
      { title: 'TERM', number: '4', level: 1 },
      { title: 'Fees', number: '5', level: 1 },
      { title: 'CONFIDENTIALITY', number: '6', level: 1 },
    ]);
  });

  it('does not take "Section 5 of this Agreement …" for a heading', () => {
    assert.deepEqual(headingsOf('Section 5 of this Agreement shall survive any termination.\n'), []);
  });

  it('reads ALL-CAPS lines and exhibit titles, but not wrapped capitalised disclaimers', () => {
    assert.deepEqual(headingsOf('TERM AND TERMINATION\n\nEXHIBIT B - SERVICE LEVEL AGREEMENT\n\nExhibit C - Data Processing\n\nTHE SERVICES ARE PROVIDED AS IS WITHOUT WARRANTY OF\nANY KIND.\n'), [
      { title: 'TERM AND TERMINATION', number: undefined, level: 1 },
      { title: 'EXHIBIT B - SERVICE LEVEL AGREEMENT', number: undefined, level: 1 },
      { title: 'Exhibit C - Data Processing', number: undefined, level: 1 },
    ]);
  });

  it('reads an ALL-CAPS line right after a finished paragraph (no blank line, as pasted from Word)', () => {
    const c = parseContract('The fees are due monthly.\nTERM AND TERMINATION\nThe term is one year.\n', 'plaintext');
    assert.deepEqual(c.headings.map((h) => h.title), ['TERM AND TERMINATION']);
    assert.deepEqual(c.clauses.map((cl) => cl.headingIndex), [-1, 0]);
  });

  it('reads bold run-in titles on a line of their own', () => {
    const c = parseContract('**Term.**\n\nThe initial term is one year.\n\n**Fees** are due monthly.\n', 'markdown');
    assert.deepEqual(c.headings.map((h) => h.title), ['Term']);
    assert.equal(c.clauses[0].headingIndex, 0);
  });

  it('normalises dashes and curly quotes inside titles', () => {
    assert.deepEqual(headingsOf('ARTICLE 4 \u2014 TERM\n'), [{ title: 'TERM', number: '4', level: 1 }]);
  });

  it('drops the page numbers of a table of contents', () => {
    assert.deepEqual(headingsOf('ARTICLE 12 TERM AND TERMINATION 41\n'), [{ title: 'TERM AND TERMINATION', number: '12', level: 1 }]);
  });

  it('strips inline HTML from Markdown titles (Common Paper style)', () => {
    const c = parseContract('1. <span class="header_2" id="1">Service</span>\n    1. <span class="header_3">Access and Use.</span>  During the term, Customer may use it.\n', 'markdown');
    assert.deepEqual(c.headings.map((h) => [h.title, h.number]), [['Service', '1']]);
    assert.equal(c.clauses.length, 1);
    assert.equal(c.clauses[0].headingIndex, 0);
  });
});
