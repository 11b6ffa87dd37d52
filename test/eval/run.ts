// The accuracy harness (usage in args.ts). Prints the tables, writes the results as
// JSON (test/eval/results.json by default, git-ignored) and exits 0 whatever the
// figures: it measures, it does not gate `npm test`.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from './args';
import { CATEGORIES } from './categories';
import { measureCuad } from './cuad';
import { readDisputed } from './disputed';
import { countFindings } from './drafts';
import { formatDiff, formatExamples, formatResults, type EvalResults } from './report';
import { measureVendorFacts } from './vendorFacts';

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const started = Date.now();
  const previous = args.diff ? (JSON.parse(readFileSync(args.diff, 'utf8')) as EvalResults) : null;
  const cuad = measureCuad(args.cuad, CATEGORIES, { examplesFor: args.verbose, part: args.part, disputed: readDisputed(args.disputed) });
  const facts = existsSync(args.clauses) ? measureVendorFacts(args.clauses) : { results: [], misses: [] };
  const results: EvalResults = {
    corpus: { cuad: args.cuad, clauses: args.clauses, drafts: args.drafts, part: args.part },
    cuad: cuad.results,
    vendorFacts: facts.results,
    drafts: countFindings(args.drafts.filter((d) => existsSync(d))),
  };
  console.log(formatResults(results));
  if (args.verbose) console.log(`\n${formatExamples(args.verbose, cuad.examples, facts.misses)}`);
  if (previous) console.log(`\nCompared with ${args.diff}:\n${formatDiff(previous, results)}`);
  writeFileSync(args.out, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nWrote ${args.out} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

main();
