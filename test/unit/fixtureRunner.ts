import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { review, type ReviewOptions } from '../../server/src/engine/review';
import { RULE_IDS } from '../../server/src/engine/rules';
import { loadPlaybook } from '../../server/src/engine/playbook/load';
import { computeLineStarts, rangeOf } from '../../server/src/engine/positions';
import type { Finding, SourceFormat } from '../../server/src/engine/model';
import type { Rule } from '../../server/src/engine/rule';
import { applyFix, assertEditsWellFormed, mapSpanThroughFix, overlapsOrTouches } from './rules/edits';

// One runner for every family of rule fixtures:
//   <root>/<rule directory>/{valid,invalid}/<name>.md|.txt
// Entries of <root> whose name starts with "_" are not rule directories.
//
// - valid/:   reviewing the draft gives no finding of that rule.
// - invalid/: the findings of that rule equal <name>.expected.json, a list of
//   { [ruleId,] line, character, endLine, endCharacter, message, fixes: [{ title, textAfter }] }
//   with 0-based LSP positions and textAfter the whole draft after that fix.
//   Every fix's edits stay inside the draft and do not overlap, and applying a fix
//   removes the finding it was offered for.
// - <name>.playbook.json beside a draft: the playbook JSON it is reviewed with.
// - .md drafts are reviewed as Markdown, .txt drafts as plain text.
//
// UPDATE_GOLDEN=1 npx mocha <suite> rewrites every <name>.expected.json from
// what the engine finds now. Read each rewritten file in the diff before
// committing: the golden files are the review of the rules.

const UPDATE = process.env.UPDATE_GOLDEN === '1';

export interface FixtureSuiteOptions {
  /** The mocha describe() title. */
  readonly title: string;
  /** The fixture root, e.g. test/fixtures/sla. */
  readonly root: string;
  /** The rules a directory may name. */
  readonly rules: readonly Rule[];
  /** The directory name of a rule id (e.g. "sla/weak-credits" → "sla-weak-credits"). */
  readonly directoryOf: (ruleId: string) => string;
  /** When true, a rule of `rules` without a directory fails the suite. */
  readonly everyRuleHasDirectory: boolean;
  /** The fewest drafts each of valid/ and invalid/ must hold (at least one .md and one .txt in any case). */
  readonly minDraftsPerKind: number;
  /**
   * Whether the golden files list the ruleId of each finding. The families
   * whose golden files were written without it keep that format, so the
   * existing golden files stay byte-for-byte as reviewed.
   */
  readonly goldenHasRuleId: boolean;
  /**
   * Fixes known NOT to remove the finding they are offered for: a bug in the
   * rule, kept here so the suite stays green while it is open. Each entry is
   * checked to still misbehave; once the rule is fixed the test fails and the
   * entry must go. Key: "<rule directory>/<file>#<fix title>".
   */
  readonly fixKeepsFinding?: ReadonlySet<string>;
}

interface ExpectedFinding {
  readonly ruleId?: string;
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
  const playbookPath = path.replace(/\.(?:md|txt)$/, '.playbook.json');
  if (!existsSync(playbookPath)) return { format };
  const loaded = loadPlaybook(readFileSync(playbookPath, 'utf8'), RULE_IDS);
  assert.deepEqual(loaded.problems, [], `${playbookPath} has problems`);
  return { format, playbook: loaded.playbook };
}

function findingsOf(text: string, options: ReviewOptions, ruleId: string): Finding[] {
  return review(text, options).findings.filter((f) => f.ruleId === ruleId);
}

function toExpected(text: string, finding: Finding, withRuleId: boolean): ExpectedFinding {
  const range = rangeOf(computeLineStarts(text), finding.span);
  return {
    ...(withRuleId ? { ruleId: finding.ruleId } : {}),
    line: range.start.line,
    character: range.start.character,
    endLine: range.end.line,
    endCharacter: range.end.character,
    message: finding.message,
    fixes: finding.fixes.map((fix) => ({ title: fix.title, textAfter: applyFix(text, fix) })),
  };
}

export function describeRuleFixtures(options: FixtureSuiteOptions): void {
  const { root, directoryOf } = options;
  const ruleIdByDirectory = new Map(options.rules.map((r) => [directoryOf(r.meta.id), r.meta.id]));
  const directories = readdirSync(root).filter((d) => !d.startsWith('_')).sort();

  describe(options.title, () => {
    it('every fixture directory names a rule of the suite', () => {
      const unknown = directories.filter((d) => !ruleIdByDirectory.has(d));
      assert.deepEqual(unknown, [], `${root}: directories that match no rule id`);
      if (options.everyRuleHasDirectory) {
        const missing = [...ruleIdByDirectory].filter(([d]) => !directories.includes(d)).map(([, id]) => id);
        assert.deepEqual(missing, [], `${root}: rules without a fixture directory`);
      }
    });

    for (const dir of directories) {
      const ruleId = ruleIdByDirectory.get(dir) ?? dir;
      describe(ruleId, () => describeDirectory(options, dir, ruleId));
    }
  });
}

function describeDirectory(options: FixtureSuiteOptions, dir: string, ruleId: string): void {
  const ruleDir = join(options.root, dir);
  const min = options.minDraftsPerKind;

  it(`has at least ${min} valid and ${min} invalid drafts, in Markdown and plain text`, () => {
    for (const kind of ['valid', 'invalid']) {
      const drafts = draftsIn(join(ruleDir, kind));
      assert.ok(drafts.length >= min, `${dir}/${kind} has ${drafts.length} drafts`);
      assert.ok(drafts.some((f) => f.endsWith('.md')), `${dir}/${kind} has no Markdown draft`);
      assert.ok(drafts.some((f) => f.endsWith('.txt')), `${dir}/${kind} has no plain-text draft`);
    }
  });

  for (const file of draftsIn(join(ruleDir, 'valid'))) {
    it(`valid/${file}: no finding`, () => {
      const path = join(ruleDir, 'valid', file);
      const found = findingsOf(readFileSync(path, 'utf8'), optionsFor(path), ruleId);
      assert.deepEqual(found.map((f) => f.message), [], `${dir}/valid/${file}`);
    });
  }

  for (const file of draftsIn(join(ruleDir, 'invalid'))) {
    describe(`invalid/${file}`, () => describeInvalidDraft(options, dir, ruleId, file));
  }
}

function describeInvalidDraft(options: FixtureSuiteOptions, dir: string, ruleId: string, file: string): void {
  const path = join(options.root, dir, 'invalid', file);
  const goldenPath = path.replace(/\.(?:md|txt)$/, '.expected.json');
  const text = readFileSync(path, 'utf8');
  const reviewOptions = optionsFor(path);

  it('finds what the golden file lists, with the text after each fix', () => {
    const found = findingsOf(text, reviewOptions, ruleId);
    assert.ok(found.length > 0, `${dir}/invalid/${file}: no ${ruleId} finding`);
    const actual = found.map((f) => toExpected(text, f, options.goldenHasRuleId));
    if (UPDATE) writeFileSync(goldenPath, `${JSON.stringify(actual, null, 2)}\n`);
    assert.ok(existsSync(goldenPath), `${goldenPath} is missing: run with UPDATE_GOLDEN=1 and review it`);
    const expected = JSON.parse(readFileSync(goldenPath, 'utf8')) as ExpectedFinding[];
    assert.deepEqual(actual, expected, 'findings differ from the golden file (UPDATE_GOLDEN=1 rewrites it; review the diff)');
  });

  it('fix edits lie inside the draft and do not overlap', () => {
    for (const finding of findingsOf(text, reviewOptions, ruleId)) {
      for (const fix of finding.fixes) assertEditsWellFormed(text, fix);
    }
  });

  it('each fix removes its finding', () => {
    for (const finding of findingsOf(text, reviewOptions, ruleId)) {
      for (const fix of finding.fixes) {
        const after = applyFix(text, fix);
        const place = mapSpanThroughFix(finding.span, fix);
        const remaining = findingsOf(after, reviewOptions, ruleId).filter((f) => overlapsOrTouches(f.span, place));
        const key = `${dir}/${file}#${fix.title}`;
        if (options.fixKeepsFinding?.has(key)) {
          assert.notEqual(remaining.length, 0, `${key} now removes its finding: take it off FIX_KEEPS_FINDING`);
        } else {
          assert.deepEqual(remaining.map((f) => f.message), [], `${key} leaves its finding in place`);
        }
      }
    }
  });
}
