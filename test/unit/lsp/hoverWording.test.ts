import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { review } from '../../../server/src/engine/review';
import { DEFAULT_PLAYBOOK } from '../../../server/src/engine/playbook/schema';
import { RULES } from '../../../server/src/engine/rules';
import { describeFinding } from '../../../server/src/lsp/hover';
import type { Finding } from '../../../server/src/engine/model';

// The hover sits beside the diagnostic's message in every editor, so it must not
// say the message again, and it speaks to a lawyer: no field names of the
// engine ("max notice days: 90", "capped: no"), and short enough to read at a glance.

const FIXTURES = join(__dirname, '..', '..', 'fixtures');

function draftsUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return draftsUnder(path);
    return /\.(md|txt)$/.test(name) && !name.endsWith('.expected.md') ? [path] : [];
  });
}

/** One finding per rule from the fixtures, the first met. */
function oneFindingPerRule(): Map<string, Finding> {
  const found = new Map<string, Finding>();
  for (const path of draftsUnder(FIXTURES)) {
    const result = review(readFileSync(path, 'utf8'), { format: path.endsWith('.md') ? 'markdown' : 'plaintext', playbook: DEFAULT_PLAYBOOK, siblings: [] });
    for (const finding of result.findings) if (!found.has(finding.ruleId)) found.set(finding.ruleId, finding);
    if (found.size === RULES.length) break;
  }
  return found;
}

/** Markdown with the backslash escapes removed. */
const plain = (markdown: string): string => markdown.replace(/\\(.)/g, '$1');

describe('lsp: hover wording', () => {
  const findings = oneFindingPerRule();

  it('has a finding of every rule to look at', () => {
    const missing = RULES.map((r) => r.meta.id).filter((id) => !findings.has(id));
    assert.deepEqual(missing, [], 'rules without a finding in the fixtures');
  });

  for (const rule of RULES) {
    it(`${rule.meta.id}: adds to the message, in plain words, briefly`, () => {
      const finding = findings.get(rule.meta.id);
      if (!finding) return;
      const text = plain(describeFinding(finding));
      assert.ok(!text.includes(finding.message), `the message again:\n${text}`);
      assert.ok(text.includes(rule.meta.title), 'the rule\'s title');
      assert.doesNotMatch(text, /\b[a-z]+[A-Z][A-Za-z]*\b/, 'no camelCase field names');
      assert.doesNotMatch(text, /^- [a-z ]+: (yes|no|null|true|false|-?\d+(\.\d+)?)$/m, 'no "field: value" lines');
      assert.doesNotMatch(text, /\bFound:/, 'no list of the engine\'s facts');
      assert.ok(!text.includes(`\`${rule.meta.id}\``), 'the rule id is the diagnostic\'s code, not repeated here');
      // A table (the credit tiers) counts by its rows; prose by the lines it wraps to at 100 columns.
      const lines = text.split('\n').filter((l) => l.trim() !== '').reduce((n, l) => n + (l.startsWith('|') ? 1 : Math.ceil(l.length / 100)), 0);
      assert.ok(lines <= 16, `${lines} lines:\n${text}`);
    });
  }
});
