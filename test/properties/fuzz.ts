import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { draftArbitrary, fixtureLines } from './drafts';
import { checkDraft } from './invariants';

// npm run fuzz [-- --runs N --seed S --reapply]: the property suite at fuzzing
// scale (100,000 cases by default), not part of npm test or CI. Besides the
// fixtures it splices lines of the real drafts beside the checkout
// (../shared/corpus), read at run time and never copied into the repository.
// --reapply also checks that each fix removes its finding (a re-review per fix).

function arg(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

function corpusLines(limit: number): string[] {
  const root = join(__dirname, '..', '..', '..', 'shared', 'corpus');
  if (!existsSync(root)) return [];
  const lines: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (lines.length >= limit) return;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(?:md|txt)$/.test(entry.name)) lines.push(...readFileSync(path, 'utf8').split(/\r?\n/).filter((l) => l.trim() !== '').slice(0, 200));
    }
  };
  walk(root);
  return lines.slice(0, limit);
}

const runs = Number(arg('runs') ?? 100_000);
const seed = Number(arg('seed') ?? Date.now() % 1_000_000);
const reapply = process.argv.includes('--reapply');
const extraLines = [...fixtureLines(), ...corpusLines(20_000)];
console.log(`fuzz: ${runs} drafts, seed ${seed}${reapply ? ', re-reviewing after each fix' : ''}, ${extraLines.length} lines to splice`);
const started = Date.now();
let done = 0;
fc.assert(
  fc.property(draftArbitrary({ extraLines, maxParts: 20, maxMutations: 6, longLine: 5000 }), fc.boolean(), (text, markdown) => {
    checkDraft(text, markdown ? 'markdown' : 'plaintext', { reapply });
    if (++done % 5000 === 0) console.log(`  ${done} drafts, ${Math.round((Date.now() - started) / 1000)} s`);
  }),
  { numRuns: runs, seed },
);
console.log(`fuzz: ${runs} drafts passed in ${Math.round((Date.now() - started) / 1000)} s (seed ${seed})`);
