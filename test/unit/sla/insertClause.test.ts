import assert from 'node:assert/strict';
import { parseContract } from '../../../server/src/engine/parse';
import { headingIndexAt } from '../../../server/src/engine/parse/sections';
import { insertClauseAfterSection, nextNumber } from '../../../server/src/engine/rules/insertClause';
import type { TextEdit } from '../../../server/src/engine/model';

function apply(text: string, edit: TextEdit): string {
  return text.slice(0, edit.span.start) + edit.newText + text.slice(edit.span.end);
}

function insertUnder(text: string, title: string, clause: string): string {
  const contract = parseContract(text, 'markdown');
  const index = contract.headings.findIndex((h) => h.title === title);
  return apply(text, insertClauseAfterSection(contract, index, clause));
}

describe('insertClauseAfterSection', () => {
  it('numbers the new clause after the section\'s last one (4.2 → 4.3) before the next section', () => {
    const text = '# SLA\n\n## 4. Service Levels\n\n4.1 Uptime is 99.9%.\n\n4.2 Credits apply.\n\n## 5. Other\n\nMore text.\n';
    assert.equal(
      insertUnder(text, 'Service Levels', 'New clause.'),
      '# SLA\n\n## 4. Service Levels\n\n4.1 Uptime is 99.9%.\n\n4.2 Credits apply.\n\n4.3 New clause.\n\n## 5. Other\n\nMore text.\n',
    );
  });

  it('keeps a Markdown list\'s indent and marker style, and single line spacing', () => {
    const first = '   1. Provider will issue a credit when availability falls below the target in a month.';
    const second = '   2. Credits apply to the next invoice and are calculated on the monthly fees.';
    const text = `## Remedies\n${first}\n${second}\n`;
    assert.equal(insertUnder(text, 'Remedies', 'Third.'), `## Remedies\n${first}\n${second}\n   3. Third.\n`);
  });

  it('continues lettered and roman lists', () => {
    assert.equal(nextNumber('(b)'), '(c)');
    assert.equal(nextNumber('12.3(a)'), '12.3(b)');
    assert.equal(nextNumber('iv'), 'v');
    assert.equal(nextNumber('IX'), 'X');
    assert.equal(nextNumber('B'), 'C');
    assert.equal(nextNumber('9'), '10');
    assert.equal(nextNumber('z'), null);
  });

  it('starts a sub-number in an empty numbered section and keeps CRLF line ends', () => {
    const text = '## 7. Service Levels\r\n\r\n## 8. Fees\r\n';
    assert.equal(insertUnder(text, 'Service Levels', 'Clause.'), '## 7. Service Levels\r\n\r\n7.1 Clause.\r\n\r\n## 8. Fees\r\n');
  });

  it('adds an unnumbered paragraph where the draft does not number clauses', () => {
    const text = 'Service Levels\n\nThe service will be available.\n';
    const contract = parseContract(text, 'plaintext');
    const edit = insertClauseAfterSection(contract, headingIndexAt(contract, text.indexOf('available')), 'Clause.');
    assert.equal(apply(text, edit), 'Service Levels\n\nThe service will be available.\n\nClause.\n');
  });

  it('appends at the end of a document without headings', () => {
    const text = 'Just one paragraph.';
    const contract = parseContract(text, 'plaintext');
    assert.equal(apply(text, insertClauseAfterSection(contract, -1, 'Clause.')), 'Just one paragraph.\n\nClause.');
  });
});
