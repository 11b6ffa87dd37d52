import assert from 'node:assert/strict';
import { review } from '../../../server/src/engine/review';
import { RENEWAL_DRAFT, RENEWAL_PLAINTEXT, underTest } from './drafts';

// Disable comments written into the draft switch findings off where they say,
// and nowhere else.

const RENEWAL_LINE = '3.2 This Agreement shall automatically renew';
const PLAIN_RENEWAL_LINE = '3.1 This Agreement shall automatically renew';
const MISMATCH_LINE = '2.1 Invoices are due';

function insertBefore(text: string, lineStart: string, directive: string, eol = '\n'): string {
  const at = text.indexOf(lineStart);
  assert.ok(at >= 0, `no line starting "${lineStart}"`);
  return `${text.slice(0, at)}${directive}${eol}${text.slice(at)}`;
}

function ruleIds(text: string, format: 'markdown' | 'plaintext' = 'markdown'): string[] {
  return underTest(review(text, { format }).findings).map((f) => f.ruleId);
}

const ALL_MARKDOWN = ['drafting/number-mismatch', 'renewal/uncapped-price-increase', 'renewal/long-renewal-term', 'renewal/long-notice-period'];
const ALL_PLAINTEXT = ['drafting/number-mismatch', 'renewal/long-renewal-term', 'renewal/long-notice-period'];

describe('review: disable comments', () => {
  it('the drafts without comments have every finding (the baseline the other cases remove from)', () => {
    assert.deepEqual(ruleIds(RENEWAL_DRAFT), ALL_MARKDOWN);
    assert.deepEqual(ruleIds(RENEWAL_PLAINTEXT, 'plaintext'), ALL_PLAINTEXT);
  });

  describe('Markdown (HTML comments)', () => {
    it('disable-next-line with one rule id switches off only that rule on the next line', () => {
      const text = insertBefore(RENEWAL_DRAFT, RENEWAL_LINE, '<!-- contract-review-disable-next-line renewal/long-notice-period -->');
      assert.deepEqual(ruleIds(text), ALL_MARKDOWN.filter((id) => id !== 'renewal/long-notice-period'));
    });

    it('disable-next-line with several ids and a reason', () => {
      const text = insertBefore(
        RENEWAL_DRAFT,
        RENEWAL_LINE,
        '<!-- contract-review-disable-next-line renewal/long-notice-period, renewal/long-renewal-term -- agreed with the vendor -->',
      );
      assert.deepEqual(ruleIds(text), ['drafting/number-mismatch', 'renewal/uncapped-price-increase']);
    });

    it('disable-next-line without ids switches off every rule on the next line only', () => {
      const text = insertBefore(RENEWAL_DRAFT, RENEWAL_LINE, '<!-- contract-review-disable-next-line -->');
      assert.deepEqual(ruleIds(text), ['drafting/number-mismatch', 'renewal/uncapped-price-increase']);
    });

    it('the next line skips blank lines after the comment', () => {
      const text = insertBefore(RENEWAL_DRAFT, RENEWAL_LINE, '<!-- contract-review-disable-next-line -->\n');
      assert.deepEqual(ruleIds(text), ['drafting/number-mismatch', 'renewal/uncapped-price-increase']);
    });

    it('a comment before another line leaves the renewal line alone', () => {
      const text = insertBefore(RENEWAL_DRAFT, MISMATCH_LINE, '<!-- contract-review-disable-next-line renewal/long-notice-period -->');
      assert.deepEqual(ruleIds(text), ALL_MARKDOWN);
    });

    it('disable with a rule id switches that rule off for the whole file', () => {
      const text = `<!-- contract-review-disable drafting/number-mismatch -->\n${RENEWAL_DRAFT}`;
      assert.deepEqual(ruleIds(text), ALL_MARKDOWN.filter((id) => id !== 'drafting/number-mismatch'));
    });

    it('disable without ids, even at the end of the file, switches every rule off', () => {
      assert.deepEqual(review(`${RENEWAL_DRAFT}\n<!-- contract-review-disable -->\n`).findings, []);
    });

    it('a directive inside a code block is not a directive', () => {
      const text = `${RENEWAL_DRAFT}\n\`\`\`\n<!-- contract-review-disable -->\n\`\`\`\n`;
      assert.deepEqual(ruleIds(text), ALL_MARKDOWN);
    });
  });

  describe('plain text (comment lines)', () => {
    it('// disable-next-line with one rule id', () => {
      const text = insertBefore(RENEWAL_PLAINTEXT, PLAIN_RENEWAL_LINE, '// contract-review-disable-next-line renewal/long-renewal-term', '\r\n');
      assert.deepEqual(ruleIds(text, 'plaintext'), ['drafting/number-mismatch', 'renewal/long-notice-period']);
    });

    it('[disable-next-line] without ids', () => {
      const text = insertBefore(RENEWAL_PLAINTEXT, PLAIN_RENEWAL_LINE, '[contract-review-disable-next-line]', '\r\n');
      assert.deepEqual(ruleIds(text, 'plaintext'), ['drafting/number-mismatch']);
    });

    it('# disable for the file with one rule id', () => {
      const text = `# contract-review-disable drafting/number-mismatch\r\n${RENEWAL_PLAINTEXT}`;
      assert.deepEqual(ruleIds(text, 'plaintext'), ['renewal/long-renewal-term', 'renewal/long-notice-period']);
    });

    it('a bare disable line switches every rule off', () => {
      assert.deepEqual(review(`contract-review-disable\r\n${RENEWAL_PLAINTEXT}`, { format: 'plaintext' }).findings, []);
    });

    it('the directive words inside a sentence are contract text, not a directive', () => {
      const text = RENEWAL_PLAINTEXT.replace('MASTER SUBSCRIPTION AGREEMENT', 'MASTER SUBSCRIPTION AGREEMENT (see contract-review-disable in the playbook)');
      assert.deepEqual(ruleIds(text, 'plaintext'), ALL_PLAINTEXT);
    });
  });
});
