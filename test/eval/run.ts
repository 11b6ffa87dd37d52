// The accuracy harness (usage in args.ts). Prints the tables, writes the results as
// JSON (test/eval/results.json by default, git-ignored) and exits 0 whatever the
// figures, unless --check-floors is given: then a figure below its floor
// (test/eval/floors.json) exits 1. A missing corpus folder is said in one line.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs, USAGE } from './args';
import { CATEGORIES } from './categories';
import { runCorpusChecks } from './corpusChecks';
import { measureCuad } from './cuad';
import { readDisputed } from './disputed';
import { countFindings } from './drafts';
import { belowFloors, floorsBelow, readFloors } from './floors';
import { formatDiff, formatExamples, formatResults, type EvalResults } from './report';
import { readSaasLabels, scoreSaas } from './saasLabels';
import { measureVendorFacts } from './vendorFacts';

const WHERE = 'the shared corpus belongs in ../shared/corpus beside the checkout, or pass --corpus DIR';

function main(): number {
  const args = parseArgs(process.argv.slice(2));
  const started = Date.now();
  const hasCuad = existsSync(join(args.cuad, 'labels_selected.csv'));
  const hasClauses = existsSync(args.clauses);
  const drafts = args.drafts.filter((d) => existsSync(d));
  const missing = [
    ...(hasCuad ? [] : [`CUAD (${args.cuad})`]),
    ...(hasClauses ? [] : [`vendor clauses (${args.clauses})`]),
    ...args.drafts.filter((d) => !existsSync(d)).map((d) => `drafts (${d})`),
  ];
  if (!hasCuad && !hasClauses && !existsSync(args.corpus)) {
    console.error(`npm run eval needs the shared corpus: ${args.corpus} not found (${WHERE}, or --cuad DIR --clauses FILE --drafts DIR)`);
    return 2;
  }
  if (missing.length > 0) console.error(`npm run eval: not found, skipped: ${missing.join(', ')} (${WHERE})`);

  const previous = args.diff ? (JSON.parse(readFileSync(args.diff, 'utf8')) as EvalResults) : null;
  const cuad = hasCuad ? measureCuad(args.cuad, CATEGORIES, { examplesFor: args.verbose, part: args.part, disputed: readDisputed(args.disputed) }) : null;
  const facts = hasClauses ? measureVendorFacts(args.clauses) : { results: [], misses: [] };
  const draftCounts = countFindings(drafts);
  const results: EvalResults = {
    corpus: { cuad: args.cuad, clauses: args.clauses, drafts: args.drafts, part: args.part },
    cuad: cuad?.results ?? null,
    vendorFacts: facts.results,
    drafts: draftCounts,
    saas: existsSync(args.saasLabels) ? scoreSaas(draftCounts, readSaasLabels(args.saasLabels)) : null,
    checks: hasCuad ? runCorpusChecks(join(args.cuad, 'contracts')) : [],
  };
  console.log(formatResults(results));
  if (args.verbose) console.log(`\n${formatExamples(args.verbose, cuad?.examples ?? [], facts.misses)}`);
  if (previous) console.log(`\nCompared with ${args.diff}:\n${formatDiff(previous, results)}`);
  writeFileSync(args.out, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nWrote ${args.out} in ${((Date.now() - started) / 1000).toFixed(1)} s`);

  const figures = { cuad: results.cuad?.all.whole ?? [], vendorFacts: results.vendorFacts, checks: results.checks };
  if (args.proposeFloors) console.log(`\nFloors 0.02 below these figures:\n${JSON.stringify(floorsBelow(figures), null, 2)}`);
  if (!args.checkFloors) return 0;
  if (args.part !== null) {
    console.error('npm run eval: --check-floors holds the whole folder to its floors; drop --part');
    return 2;
  }
  const problems = belowFloors(figures, readFloors(args.floors));
  const floorsFile = relative(process.cwd(), args.floors);
  if (problems.length === 0) {
    console.log(`Every figure is at or above its floor (${floorsFile}).`);
    return 0;
  }
  console.error(`Below the floors in ${floorsFile}:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  return 1;
}

try {
  process.exitCode = main();
} catch (error) {
  // A bad argument or an unreadable file is one line, not a stack trace.
  console.error(`npm run eval: ${error instanceof Error ? error.message : String(error)}\nusage: ${USAGE}`);
  process.exitCode = 2;
}
