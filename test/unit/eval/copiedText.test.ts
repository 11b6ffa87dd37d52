import assert from 'node:assert/strict';
import { fold, literals } from '../../eval/copiedText';

// The check that tests quote no corpus must see every string a test holds, and compare
// text whatever its case, quotes or line breaks.

describe('eval: the copied-text check', () => {
  it('collects string literals and the text of template literals', () => {
    const source = "const a = 'single'; const b = \"double\"; const c = `plain`; const d = `head ${a} tail`; // 'not a literal'";
    assert.deepEqual(literals(source), ['single', 'double', 'plain', 'head ', ' tail']);
  });

  it('folds case, curly quotes, dashes and white space', () => {
    assert.equal(fold('The  Vendor\u2019s \u201cTerm\u201d\n ends \u2013 now'), 'the vendor\'s "term" ends - now');
  });
});
