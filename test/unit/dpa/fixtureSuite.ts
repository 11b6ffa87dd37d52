import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { review, type ReviewOptions } from '../../../server/src/engine/review';
import { RULES } from '../../../server/src/engine/rules';
import { computeLineStarts, rangeOf } from '../../../server/src/engine/positions';
import type { Finding, SourceFormat } from '../../../server/src/engine/model';
import { applyFix, assertEditsWellFormed, mapSpanThroughFix, overlapsOrTouches } from '../rules/edits';

// Fixtures of one rule family: test/fixtures/<family>/<rule name>/{valid,invalid}/<name>.md|.txt,
// the same layout and golden format as test/fixtures/rules (see test/unit/rules/fixtures.test.ts):
// valid drafts give no finding of the rule; each invalid draft's findings equal
// <name>.expected.json, with the whole text after each fix; every fix removes its finding.
// UPDATE_GOLDEN=1 rewrites the golden files: review every rewrite in the diff.

const UPDATE = process.env.UPDATE_GOLDEN === '1';

interface ExpectedFinding {
  readonly line: number;
  readonly character: number;
  readonly endLine: number;
  readonly endCharacter: number;
  readonly message: string;
  readonly fixes: readonly { readonly title: string; readonly textAfter: string }[];
}

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

function toExpected(text: string, finding: Finding): ExpectedFinding {
  const range = rangeOf(computeLineStarts(text), finding.span);
  return {
    line: range.start.line,
    character: range.start.character,
    endLine: range.end.line,
    endCharacter: range.end.character,
    message: finding.message,
    fixes: finding.fixes.map((fix) => ({ title: fix.title, textAfter: applyFix(text, fix) })),
  };
}

export function describeFamilyFixtures(family: string, root: string): void {
  const familyRules = RULES.filter((r) => r.meta.family === family);
  describe(`${family} rule fixtures`, () => {
    it('every rule of the family has a fixture directory, and every directory a rule', () => {
      const dirs = readdirSync(root).sort();
      assert.deepEqual(dirs, familyRules.map((r) => r.meta.id.slice(family.length + 1)).sort());
    });

    for (const rule of familyRules) {
      const ruleId = rule.meta.id;
      const dir = join(root, ruleId.slice(family.length + 1));
      describe(ruleId, () => {
        it('has valid and invalid drafts in Markdown and plain text', () => {
          for (const kind of ['valid', 'invalid']) {
            const drafts = draftsIn(join(dir, kind));
            assert.ok(drafts.length >= 2, `${dir}/${kind} has ${drafts.length} drafts`);
            assert.ok(drafts.some((f) => f.endsWith('.md')) && drafts.some((f) => f.endsWith('.txt')), `${dir}/${kind} needs both formats`);
          }
        });

        for (const file of draftsIn(join(dir, 'valid'))) {
          it(`valid/${file}: no finding`, () => {
            const path = join(dir, 'valid', file);
            assert.deepEqual(findingsOf(readFileSync(path, 'utf8'), optionsFor(path), ruleId).map((f) => f.message), []);
          });
        }

        for (const file of draftsIn(join(dir, 'invalid'))) {
          const path = join(dir, 'invalid', file);
          it(`invalid/${file}: findings and fixes match the golden file; each fix removes its finding`, () => {
            const text = readFileSync(path, 'utf8');
            const options = optionsFor(path);
            const found = findingsOf(text, options, ruleId);
            assert.ok(found.length > 0, `no ${ruleId} finding`);
            const actual = found.map((f) => toExpected(text, f));
            const goldenPath = path.replace(/\.(?:md|txt)$/, '.expected.json');
            if (UPDATE) writeFileSync(goldenPath, `${JSON.stringify(actual, null, 2)}\n`);
            assert.ok(existsSync(goldenPath), `${goldenPath} is missing: run with UPDATE_GOLDEN=1 and review it`);
            assert.deepEqual(actual, JSON.parse(readFileSync(goldenPath, 'utf8')));
            for (const finding of found) {
              for (const fix of finding.fixes) {
                assertEditsWellFormed(text, fix);
                const after = applyFix(text, fix);
                const place = mapSpanThroughFix(finding.span, fix);
                const remaining = findingsOf(after, options, ruleId).filter((f) => overlapsOrTouches(f.span, place));
                assert.deepEqual(remaining.map((f) => f.message), [], `fix "${fix.title}" leaves its finding`);
              }
            }
          });
        }
      });
    }
  });
}
