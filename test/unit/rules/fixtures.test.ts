import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { review, type ReviewOptions } from '../../../server/src/engine/review';
import { RULES, RULE_IDS } from '../../../server/src/engine/rules';
import { loadPlaybook } from '../../../server/src/engine/playbook/load';
import { computeLineStarts, rangeOf } from '../../../server/src/engine/positions';
import type { Finding, SourceFormat } from '../../../server/src/engine/model';
import { applyFix, assertEditsWellFormed, mapSpanThroughFix, overlapsOrTouches } from './edits';

// Rule fixtures: test/fixtures/rules/<rule id with "/" as "-">/{valid,invalid}/<name>.md|.txt
//
// - valid/:   reviewing the draft gives no finding of that rule.
// - invalid/: the findings of that rule equal <name>.expected.json, a list of
//   { ruleId, line, character, endLine, endCharacter, message, fixes: [{ title, textAfter }] }
//   with 0-based LSP positions and textAfter the whole draft after that fix.
//   Every fix's edits stay inside the draft and do not overlap, and applying a fix
//   removes the finding it was offered for.
// - <name>.playbook.json beside a draft: the playbook JSON it is reviewed with.
// - .md drafts are reviewed as Markdown, .txt drafts as plain text.
//
// UPDATE_GOLDEN=1 npx mocha test/unit/rules/fixtures.test.ts rewrites every
// <name>.expected.json from what the engine finds now. Read each rewritten file
// in the diff before committing: the golden files are the review of the rules.

const ROOT = join(__dirname, '../../fixtures/rules');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

/**
 * Fixes that are known NOT to remove the finding they are offered for: a bug in
 * the rule, kept here so the suite stays green while it is open. Each entry is
 * checked to still misbehave; once the rule is fixed the test fails and the
 * entry must go. Key: "<fixture dir>/<file>#<fix title>".
 */
const FIX_KEEPS_FINDING: ReadonlySet<string> = new Set<string>([
]);

interface ExpectedFix {
  readonly title: string;
  readonly textAfter: string;
}

interface ExpectedFinding {
  readonly ruleId: string;
  readonly line: number;
  readonly character: number;
  readonly endLine: number;
  readonly endCharacter: number;
  readonly message: string;
  readonly fixes: readonly ExpectedFix[];
}

function ruleIdOfDirectory(dir: string): string | undefined {
  return RULES.find((r) => r.meta.id.replace('/', '-') === dir)?.meta.id;
}

function draftsIn(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => (f.endsWith('.md') || f.endsWith('.txt')) && !f.includes('.expected.')).sort();
}

function optionsFor(path: string): ReviewOptions {
  const format: SourceFormat = extname(path) === '.md' ? 'markdown' : 'plaintext';
  const playbookPath = path.replace(/\.(?:md|txt)$/, '.playbook.json');
  if (!existsSync(playbookPath)) return { format };
  const loaded = loadPlaybook(readFileSync(playbookPath, 'utf8'), RULE_IDS);
  assert.deepEqual(loaded.problems, [], `${playbookPath} has problems`);
  return { format, playbook: loaded.playbook };
}

function findingsOf(text: string, options: ReviewOptions, ruleId: string): Finding[] {
  return review(text, options).findings.filter((f) => f.ruleId === ruleId);
}

function toExpected(text: string, finding: Finding): ExpectedFinding {
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

const directories = readdirSync(ROOT, { withFileTypes: true })
  .filter((d) => d.isDirectory() && !d.name.startsWith('_'))
  .map((d) => d.name)
  .sort();

describe('rule fixtures', () => {
  it('every fixture directory names a registered rule', () => {
    for (const dir of directories) assert.ok(ruleIdOfDirectory(dir), `test/fixtures/rules/${dir} matches no rule id`);
  });

  for (const dir of directories) {
    const ruleId = ruleIdOfDirectory(dir) ?? dir;
    describe(ruleId, () => {
      it('has at least 3 valid and 3 invalid drafts, in Markdown and plain text', () => {
        for (const kind of ['valid', 'invalid']) {
          const drafts = draftsIn(join(ROOT, dir, kind));
          assert.ok(drafts.length >= 3, `${dir}/${kind} has ${drafts.length} drafts`);
          assert.ok(drafts.some((f) => f.endsWith('.md')), `${dir}/${kind} has no Markdown draft`);
          assert.ok(drafts.some((f) => f.endsWith('.txt')), `${dir}/${kind} has no plain-text draft`);
        }
      });

      for (const file of draftsIn(join(ROOT, dir, 'valid'))) {
        it(`valid/${file}: no finding`, () => {
          const path = join(ROOT, dir, 'valid', file);
          const text = readFileSync(path, 'utf8');
          const found = findingsOf(text, optionsFor(path), ruleId);
          assert.deepEqual(found.map((f) => f.message), [], `${dir}/valid/${file}`);
        });
      }

      for (const file of draftsIn(join(ROOT, dir, 'invalid'))) {
        describe(`invalid/${file}`, () => {
          const path = join(ROOT, dir, 'invalid', file);
          const goldenPath = path.replace(/\.(?:md|txt)$/, '.expected.json');
          const text = readFileSync(path, 'utf8');
          const options = optionsFor(path);

          it('finds what the golden file lists, with the text after each fix', () => {
            const found = findingsOf(text, options, ruleId);
            assert.ok(found.length > 0, `${dir}/invalid/${file}: no ${ruleId} finding`);
            const actual = found.map((f) => toExpected(text, f));
            if (UPDATE) writeFileSync(goldenPath, `${JSON.stringify(actual, null, 2)}\n`);
            assert.ok(existsSync(goldenPath), `${goldenPath} is missing: run with UPDATE_GOLDEN=1 and review it`);
            const expected = JSON.parse(readFileSync(goldenPath, 'utf8')) as ExpectedFinding[];
            assert.deepEqual(actual, expected, 'findings differ from the golden file (UPDATE_GOLDEN=1 rewrites it; review the diff)');
          });

          it('fix edits lie inside the draft and do not overlap', () => {
            for (const finding of findingsOf(text, options, ruleId)) {
              for (const fix of finding.fixes) assertEditsWellFormed(text, fix);
            }
          });

          it('each fix removes its finding', () => {
            for (const finding of findingsOf(text, options, ruleId)) {
              for (const fix of finding.fixes) {
                const after = applyFix(text, fix);
                const place = mapSpanThroughFix(finding.span, fix);
                const remaining = findingsOf(after, options, ruleId).filter((f) => overlapsOrTouches(f.span, place));
                const key = `${dir}/${file}#${fix.title}`;
                if (FIX_KEEPS_FINDING.has(key)) {
                  assert.notEqual(remaining.length, 0, `${key} now removes its finding: take it off FIX_KEEPS_FINDING`);
                } else {
                  assert.deepEqual(remaining.map((f) => f.message), [], `${key} leaves its finding in place`);
                }
              }
            }
          });
        });
      }
    });
  }
});
