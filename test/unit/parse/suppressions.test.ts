import assert from 'node:assert/strict';
import { parseContract } from '../../../server/src/engine/parse';
import { DISABLE_FILE, DISABLE_NEXT_LINE } from '../../../server/src/engine/parse/disableComments';

const asObject = (lines: ReadonlyMap<number, ReadonlySet<string>>) =>
  Object.fromEntries([...lines].map(([line, ids]) => [line, [...ids].sort()]));

describe('parse: disable comments', () => {
  it('reads Markdown next-line comments, skipping blank lines, and file-wide comments', () => {
    const text = [
      `<!-- ${DISABLE_NEXT_LINE} renewal/long-notice-period, sla/low-uptime -->`,
      '',
      'Notice must be given 180 days before renewal.',
      `<!-- ${DISABLE_NEXT_LINE} -->`,
      'Any rule is off here.',
      `<!-- ${DISABLE_FILE} drafting/number-mismatch -- we accept this -->`,
    ].join('\n');
    const c = parseContract(text, 'markdown');
    assert.deepEqual(asObject(c.suppressions.lines), { 2: ['renewal/long-notice-period', 'sla/low-uptime'], 4: ['*'] });
    assert.deepEqual([...c.suppressions.file], ['drafting/number-mismatch']);
  });

  it('ignores disable comments inside fenced code', () => {
    const c = parseContract(`\`\`\`\n<!-- ${DISABLE_FILE} -->\n\`\`\`\n`, 'markdown');
    assert.equal(c.suppressions.file.size, 0);
  });

  it('reads plain-text directives on their own line, bare or behind // # [ ]', () => {
    const text = [
      `${DISABLE_NEXT_LINE} renewal/long-notice-period`,
      'Line 1.',
      `// ${DISABLE_NEXT_LINE} a/b`,
      'Line 3.',
      `# ${DISABLE_NEXT_LINE}`,
      'Line 5.',
      `[${DISABLE_FILE} c/d, e/f]`,
      `The words ${DISABLE_NEXT_LINE} inside a sentence do nothing.`,
      'Line 8.',
    ].join('\r\n');
    const c = parseContract(text, 'plaintext');
    assert.deepEqual(asObject(c.suppressions.lines), { 1: ['renewal/long-notice-period'], 3: ['a/b'], 5: ['*'] });
    assert.deepEqual([...c.suppressions.file].sort(), ['c/d', 'e/f']);
    // The directive lines are not contract text.
    assert.ok(!c.clauses.some((cl) => c.normalized.slice(cl.span.start, cl.span.end).startsWith('contract-review')));
  });

  it('does not mistake the next-line word for the file-wide one', () => {
    const c = parseContract(`<!-- ${DISABLE_NEXT_LINE}x -->\nText.\n`, 'markdown');
    assert.equal(c.suppressions.file.size, 0);
    assert.equal(c.suppressions.lines.size, 0);
  });
});
