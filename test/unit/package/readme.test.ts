import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { RULES } from '../../../server/src/engine/rules';
import { ruleDocumentationAnchor } from '../../../server/src/protocol';

// The README is what a user reads first and what every diagnostic links to
// (README.md#rule-…): each rule needs its section anchor and its row in the
// rules table, and the README and the developers' guides must not link to
// files that are not there.

const ROOT = join(__dirname, '..', '..', '..');
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

/** Relative link targets in a Markdown file: [text](target) and ![alt](target), without the #fragment. */
function localLinks(markdown: string): string[] {
  return [...markdown.matchAll(/\]\(([^)\s]+)\)/g)]
    .map((m) => m[1])
    .filter((target) => !/^[a-z]+:/i.test(target) && !target.startsWith('#'))
    .map((target) => target.split('#')[0]);
}

describe('README and docs', () => {
  for (const rule of RULES) {
    it(`documents ${rule.meta.id}: a section the diagnostic links to and a row in the rules table`, () => {
      const anchor = ruleDocumentationAnchor(rule.meta.id);
      assert.ok(README.includes(`<a id="${anchor}"></a>`), `no <a id="${anchor}"> in README.md`);
      assert.match(README, new RegExp(`^\\| \\[\`${rule.meta.id}\`\\]\\(#${anchor}\\) \\|`, 'm'), 'no row in the rules table');
    });
  }

  for (const file of ['README.md', 'docs/architecture.md', 'docs/adding-a-rule.md', 'docs/testing.md', 'docs/evaluation.md', 'docs/benchmark.md']) {
    it(`${file} exists and its relative links resolve`, () => {
      const path = join(ROOT, file);
      assert.ok(existsSync(path), `${file} is missing`);
      const broken = localLinks(readFileSync(path, 'utf8')).filter((target) => !existsSync(resolve(dirname(path), target)));
      assert.deepEqual(broken, []);
    });
  }

  it('shows screenshots that are PNG files kept out of the .vsix', () => {
    const images = localLinks(README).filter((target) => target.endsWith('.png'));
    assert.ok(images.length >= 1, 'a screenshot in the README');
    const ignore = readFileSync(join(ROOT, '.vscodeignore'), 'utf8').split('\n').filter((l) => l.startsWith('!'));
    for (const image of images) {
      assert.ok(image.startsWith('docs/images/'), image);
      // .vscodeignore is an allow-list: nothing under docs/ may be brought back.
      assert.ok(!ignore.some((line) => line.startsWith('!docs')), `.vscodeignore ships ${image}`);
    }
  });
});
