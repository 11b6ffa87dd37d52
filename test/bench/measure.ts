// The measurements behind `npm run bench` (run.ts bundles this file and runs it).
// Reviews 1 MB and 5 MB of CUAD contract text in both formats and prints median
// and best times, per-stage times and the latency of a review after a
// one-character edit. It measures, it does not gate: it always exits 0, and no
// test asserts a time.
//
// A loaded machine makes every figure slower, so each is also given as a
// multiple of a baseline measured in the same run (lower-casing the text and
// counting its words), timed just before each review so both see the same
// load: that ratio moves with the engine, not with the machine. The 50 ms per
// MB budget is compared in the same units: on the reference machine (the
// 2-core development box this was written on, best of 60 runs) the baseline
// took REFERENCE_BASELINE_MS_PER_MB, so the budget is 50 / that = 7.7 baselines.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { SourceFormat } from '../../server/src/engine/model';
import { parseContract } from '../../server/src/engine/parse';
import { extractFacts } from '../../server/src/engine/extract';
import { readKeyTerms } from '../../server/src/engine/keyTerms';
import { review } from '../../server/src/engine/review';
import { RULES } from '../../server/src/engine/rules';
import { buildChecklist } from '../../server/src/engine/checklist';
import { DEFAULT_PLAYBOOK } from '../../server/src/engine/playbook/schema';
import type { Finding } from '../../server/src/engine/model';
import { MB, cuadText, oneCharacterEdit } from './corpus';

declare const __BENCH_DIR__: string | undefined;

/** test/bench in the checkout: run.ts defines it when bundling; __dirname when run from sources. */
function benchDir(): string {
  return typeof __BENCH_DIR__ === 'string' ? __BENCH_DIR__ : __dirname;
}

const BUDGET_MS_PER_MB = 50;
/** Best-of-60 baseline time per MB on the reference machine. */
const REFERENCE_BASELINE_MS_PER_MB = 6.5;
const FORMATS: readonly SourceFormat[] = ['markdown', 'plaintext'];

interface Args {
  readonly cuad: string;
  readonly runs: number;
  readonly referenceBaseline: number;
}

function parseArgs(argv: readonly string[]): Args {
  const valueOf = (flag: string): string | undefined => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  return {
    cuad: resolve(valueOf('--cuad') ?? resolve(benchDir(), '../../../shared/corpus/cuad/contracts')),
    runs: Math.max(1, Number(valueOf('--runs') ?? 5)),
    referenceBaseline: Number(valueOf('--reference-baseline') ?? REFERENCE_BASELINE_MS_PER_MB),
  };
}

interface Timing {
  readonly median: number;
  readonly best: number;
}

function timeRuns(runs: number, once: () => void): Timing {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    once();
    times.push(performance.now() - started);
  }
  return summarise(times);
}

/** Review runs, each paired with a baseline pass over the same text just before it. */
function timePaired(runs: number, text: string, once: () => void): Timing & { readonly ratio: number } {
  const times: number[] = [];
  const ratios: number[] = [];
  for (let i = 0; i < runs; i++) {
    const b0 = performance.now();
    baselinePass(text);
    const started = performance.now();
    once();
    const took = performance.now() - started;
    times.push(took);
    ratios.push(took / (started - b0));
  }
  return { ...summarise(times), ratio: summarise(ratios).median };
}

function summarise(times: readonly number[]): Timing {
  const sorted = [...times].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, best: sorted[0] };
}

/** The baseline: a plain pass that any text tool makes, lower-casing the text and counting its words. */
function baselinePass(text: string): number {
  const lower = text.toLowerCase();
  let words = 0;
  let inWord = false;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    const letter = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    if (letter && !inWord) words++;
    inWord = letter;
  }
  return words;
}

interface Stages {
  parse: number[];
  facts: number[];
  keyTerms: number[];
  rules: number[];
}

/** One review split into its stages (parse includes the facts, so the facts time is taken out of it). */
function timeStages(text: string, format: SourceFormat, runs: number): Record<keyof Stages, Timing> {
  const stages: Stages = { parse: [], facts: [], keyTerms: [], rules: [] };
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const contract = parseContract(text, format);
    const t1 = performance.now();
    extractFacts(contract.normalized);
    const t2 = performance.now();
    const keyTerms = readKeyTerms(contract);
    const t3 = performance.now();
    const context = { contract, keyTerms, playbook: DEFAULT_PLAYBOOK };
    const findings: Finding[] = [];
    for (const rule of RULES) {
      if (!rule.meta.appliesTo.includes(contract.kind)) continue;
      for (const found of rule.check(context)) findings.push({ ...found, ruleId: rule.meta.id, severity: rule.meta.defaultSeverity });
    }
    buildChecklist(context, findings);
    const t4 = performance.now();
    stages.facts.push(t2 - t1);
    stages.parse.push(Math.max(0, t1 - t0 - (t2 - t1)));
    stages.keyTerms.push(t3 - t2);
    stages.rules.push(t4 - t3);
  }
  return { parse: summarise(stages.parse), facts: summarise(stages.facts), keyTerms: summarise(stages.keyTerms), rules: summarise(stages.rules) };
}

function table(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: readonly string[]): string => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

const ms = (n: number): string => n.toFixed(1);

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  if (!existsSync(args.cuad)) {
    console.error(`npm run bench needs CUAD contracts: ${args.cuad} not found; put the shared corpus beside the checkout (../shared/corpus) or pass --cuad DIR`);
    process.exit(2);
  }
  const texts = [1, 5].map((size) => ({ size, text: cuadText(args.cuad, size * MB) }));
  const budgetInBaselines = BUDGET_MS_PER_MB / args.referenceBaseline;

  // Warm the JIT on the smaller draft so the first measured run is not the compile.
  for (const format of FORMATS) review(texts[0].text, { format });

  const baseline = new Map(texts.map(({ size, text }) => [size, timeRuns(args.runs * 2, () => baselinePass(text))]));
  const mbOf = (text: string): number => text.length / MB;
  const ratioRow = (label: string, text: string, t: Timing & { readonly ratio: number }): string[] => {
    const perMb = t.median / mbOf(text);
    return [label, ms(t.median), ms(t.best), ms(perMb), `${t.ratio.toFixed(1)}x`, (t.ratio / budgetInBaselines).toFixed(2), (perMb / BUDGET_MS_PER_MB).toFixed(2)];
  };

  const rows: string[][] = [];
  for (const { size, text } of texts) {
    const b = baseline.get(size) as Timing;
    rows.push([`baseline ${size} MB`, ms(b.median), ms(b.best), ms(b.median / mbOf(text)), '1.0x', '', '']);
    for (const format of FORMATS) rows.push(ratioRow(`review ${size} MB ${format}`, text, timePaired(args.runs, text, () => review(text, { format }))));
  }
  const draft = texts[0].text;
  for (const format of FORMATS) {
    const edits = Array.from({ length: args.runs }, (_, i) => oneCharacterEdit(draft, (i + 0.5) / args.runs));
    let next = 0;
    rows.push(ratioRow(`edit 1 MB ${format}`, draft, timePaired(args.runs, draft, () => review(edits[next++], { format }))));
  }

  const stageRows: string[][] = [];
  for (const { size, text } of texts) {
    for (const format of FORMATS) {
      const s = timeStages(text, format, args.runs);
      const total = s.parse.median + s.facts.median + s.keyTerms.median + s.rules.median;
      stageRows.push([`${size} MB ${format}`, ms(s.parse.median), ms(s.facts.median), ms(s.keyTerms.median), ms(s.rules.median), ms(total)]);
    }
  }

  console.log(`Review throughput on CUAD text (${args.cuad}), ${args.runs} runs each; Node ${process.version}.`);
  console.log(`Budget ${BUDGET_MS_PER_MB} ms/MB = ${budgetInBaselines.toFixed(1)}x the baseline (reference baseline ${args.referenceBaseline} ms/MB).`);
  console.log('"x baseline": median of review time / a baseline pass timed just before it. "of budget": that ratio against the budget\'s');
  console.log('(load-independent); "of budget (abs)": median ms/MB against 50 on this machine as it is loaded now. Below 1.00 is within budget.\n');
  console.log(table(['case', 'median ms', 'best ms', 'ms/MB', 'x baseline', 'of budget', 'of budget (abs)'], rows));
  console.log('\nStages (median ms; parse excludes the facts it extracts):\n');
  console.log(table(['draft', 'parse', 'facts', 'key terms', 'rules+checklist', 'sum'], stageRows));
  console.log('\n"edit" rows: a whole-document review after a one-character edit, as the language server runs on each change.');
}

main();
