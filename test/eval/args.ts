import { join, resolve } from 'node:path';
import { isPart, type Part } from './parts';

// Every corpus is an argument, with the shared corpus beside the checkout as the
// default, so the same harness runs unchanged on a held-back split.

export interface EvalArgs {
  /** The folder holding cuad/, vendor-clauses/, standard-terms/ and saas/. */
  readonly corpus: string;
  readonly cuad: string;
  readonly clauses: string;
  readonly drafts: readonly string[];
  readonly disputed: string;
  /** Expected findings for the whole SaaS documents (saasLabels.ts). */
  readonly saasLabels: string;
  readonly floors: string;
  /** Exit 1 when a figure is below its floor (what `.ci/run` asks for). */
  readonly checkFloors: boolean;
  /** Print floors 0.02 below today's figures instead of checking them (to write floors.json). */
  readonly proposeFloors: boolean;
  readonly diff: string | null;
  readonly verbose: string | null;
  readonly out: string;
  /** One part of the CUAD split only (see parts.ts), or null for both side by side. */
  readonly part: Part | null;
}

const REPO = resolve(__dirname, '../..');

export const USAGE = 'npm run eval [-- --corpus DIR | --cuad DIR --clauses FILE --drafts DIR ...] [--part open|sealed] [--disputed FILE] [--saas-labels FILE] [--check-floors | --propose-floors] [--floors FILE] [--diff PREVIOUS.json] [--verbose CATEGORY] [--out FILE]';

export function parseArgs(argv: readonly string[]): EvalArgs {
  const valueOf = (flag: string): string | undefined => {
    const i = argv.indexOf(flag);
    if (i < 0) return undefined;
    const value = argv[i + 1];
    if (value === undefined || value.startsWith('--')) throw new Error(`${flag} needs a value`);
    return value;
  };
  const known = new Set(['--corpus', '--cuad', '--clauses', '--drafts', '--part', '--disputed', '--saas-labels', '--floors', '--diff', '--verbose', '--out']);
  const switches = new Set(['--check-floors', '--propose-floors']);
  for (let i = 0; i < argv.length; i++) {
    if (switches.has(argv[i])) continue;
    if (!known.has(argv[i])) throw new Error(`unknown argument ${argv[i]}`);
    i++;
  }
  const corpus = resolve(valueOf('--corpus') ?? join(REPO, '../shared/corpus'));
  const drafts = argv.flatMap((a, i) => (a === '--drafts' && argv[i + 1] ? [resolve(argv[i + 1])] : []));
  const part = valueOf('--part') ?? null;
  if (part !== null && !isPart(part)) throw new Error(`--part must be open or sealed, not ${part}`);
  return {
    corpus,
    cuad: resolve(valueOf('--cuad') ?? join(corpus, 'cuad')),
    clauses: resolve(valueOf('--clauses') ?? join(corpus, 'vendor-clauses/clauses.jsonl')),
    drafts: drafts.length > 0 ? drafts : [join(corpus, 'standard-terms'), join(corpus, 'saas'), join(REPO, 'test/fixtures/samples')],
    disputed: resolve(valueOf('--disputed') ?? join(REPO, 'test/eval/disputedLabels.json')),
    saasLabels: resolve(valueOf('--saas-labels') ?? join(REPO, 'test/eval/saasLabels.json')),
    floors: resolve(valueOf('--floors') ?? join(REPO, 'test/eval/floors.json')),
    checkFloors: argv.includes('--check-floors'),
    proposeFloors: argv.includes('--propose-floors'),
    diff: valueOf('--diff') ? resolve(valueOf('--diff') as string) : null,
    verbose: valueOf('--verbose') ?? null,
    out: resolve(valueOf('--out') ?? join(REPO, 'test/eval/results.json')),
    part,
  };
}
