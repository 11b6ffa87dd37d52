import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { review, type ReviewOptions } from '../../../server/src/engine/review';
import { SLA_RULES } from '../../../server/src/engine/rules/sla';
import { computeLineStarts, rangeOf } from '../../../server/src/engine/positions';
import type { Finding, SourceFormat } from '../../../server/src/engine/model';
import { applyFix, assertEditsWellFormed, mapSpanThroughFix, overlapsOrTouches } from '../rules/edits';

// SLA rule fixtures: test/fixtures/sla/<rule id with "/" as "-">/{valid,invalid}/<name>.md|.txt,
// in the same format as test/fixtures/rules (see test/unit/rules/fixtures.test.ts):
// valid drafts give no finding of the rule; invalid drafts give the findings in
// <name>.expected.json, with the whole text after each fix, and each fix removes
// its finding. UPDATE_GOLDEN=1 rewrites the golden files; review the diff.

const ROOT = join(__dirname, '../../fixtures/sla');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

function draftsIn(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => (f.endsWith('.md') || f.endsWith('.txt')) && !f.includes('.expected.')).sort();
}

function optionsFor(path: string): ReviewOptions {
  const format: SourceFormat = extname(path) === '.md' ? 'markdown' : 'plaintext';
  return { format };
}

function findingsOf(text: string, options: ReviewOptions, ruleId: string): Finding[] {
  return review(text, options).findings.filter((f) => f.ruleId === ruleId);
}

function toExpected(text: string, finding: Finding) {
  const range = rangeOf(computeLineStarts(text), finding.span);
  return {
    ruleId: finding.ruleId,
    line: range.start.line,
    character: range.start.character,
    endLine: range.end.line,
    endCharacter: range.end.character,
    message: finding.message,
    fixes: finding.fixes.map((fix) => ({ title: fix.title, textAfter: applyFix(text, fix) })),
  };
}

describe('SLA rule fixtures', () => {
  it('every SLA rule has a fixture directory, and every directory names an SLA rule', () => {
    const dirs = readdirSync(ROOT).filter((d) => !d.startsWith('_')).sort();
    assert.deepEqual(dirs, SLA_RULES.map((r) => r.meta.id.replace('/', '-')).sort());
  });

  for (const rule of SLA_RULES) {
    const ruleId = rule.meta.id;
    const dir = join(ROOT, ruleId.replace('/', '-'));
    describe(ruleId, () => {
      it('has valid and invalid drafts, in Markdown and plain text', () => {
        for (const kind of ['valid', 'invalid']) {
          const drafts = draftsIn(join(dir, kind));
          assert.ok(drafts.some((f) => f.endsWith('.md')), `${ruleId} ${kind}: no Markdown draft`);
          assert.ok(drafts.some((f) => f.endsWith('.txt')), `${ruleId} ${kind}: no plain-text draft`);
        }
      });

      for (const file of draftsIn(join(dir, 'valid'))) {
        it(`valid/${file}: no finding`, () => {
          const path = join(dir, 'valid', file);
          const found = findingsOf(readFileSync(path, 'utf8'), optionsFor(path), ruleId);
          assert.deepEqual(found.map((f) => f.message), []);
        });
      }

      for (const file of draftsIn(join(dir, 'invalid'))) {
        describe(`invalid/${file}`, () => {
          const path = join(dir, 'invalid', file);
          const goldenPath = path.replace(/\.(?:md|txt)$/, '.expected.json');
          const text = readFileSync(path, 'utf8');
          const options = optionsFor(path);

          it('finds what the golden file lists, with the text after each fix', () => {
            const found = findingsOf(text, options, ruleId);
            assert.ok(found.length > 0, `no ${ruleId} finding`);
            const actual = found.map((f) => toExpected(text, f));
            if (UPDATE) writeFileSync(goldenPath, `${JSON.stringify(actual, null, 2)}\n`);
            assert.ok(existsSync(goldenPath), `${goldenPath} is missing: run with UPDATE_GOLDEN=1 and review it`);
            assert.deepEqual(actual, JSON.parse(readFileSync(goldenPath, 'utf8')));
          });

          it('each fix stays inside the draft and removes its finding', () => {
            for (const finding of findingsOf(text, options, ruleId)) {
              for (const fix of finding.fixes) {
                assertEditsWellFormed(text, fix);
                const after = applyFix(text, fix);
                const place = mapSpanThroughFix(finding.span, fix);
                const remaining = findingsOf(after, options, ruleId).filter((f) => overlapsOrTouches(f.span, place));
                assert.deepEqual(remaining.map((f) => f.message), [], `"${fix.title}" leaves its finding in place`);
              }
            }
          });
        });
      }
    });
  }
});
