import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Span } from '../../server/src/engine/model';
import { review } from '../../server/src/engine/review';
import type { CuadCategory, Detection } from './categories';
import { readCsv, type CsvRow } from './csv';
import { checkDisputed, disputedKey, type DisputedLabel } from './disputed';
import { partOf, type Part } from './parts';

// Contract-level scoring against CUAD's labels. Each contract is reviewed once;
// for each category the contract is a true positive when a detected span
// overlaps a labelled one, a miss when the label has no overlapping detection,
// and a false alarm when the engine detects a clause the lawyers did not label
// (or labelled elsewhere: a detection in the wrong place is a miss and a false alarm).

export interface Example {
  readonly contract: string;
  readonly kind: 'miss' | 'false alarm' | 'wrong place' | 'wrong value';
  readonly text: string;
  readonly detail?: string;
}

export interface CategoryResult {
  readonly category: string;
  readonly status: 'measured' | 'not read yet';
  readonly contracts: number;
  readonly labelled: number;
  readonly detected: number;
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly precision: number | null;
  readonly recall: number | null;
  readonly f1: number | null;
  readonly valueAnswered: number;
  readonly valueRight: number;
  readonly valueAccuracy: number | null;
  readonly targets: CuadCategory['targets'];
  /** Every target this category has, met or not; null when nothing is measured yet. */
  readonly meetsTargets: boolean | null;
}

/** The figures of one scope: each part that was reviewed, and the whole when both were. */
export type ScopeResults = Partial<Record<Scope, CategoryResult[]>>;
export type Scope = Part | 'whole';

export interface CuadResults {
  /** Contracts reviewed in each part. */
  readonly contracts: Readonly<Record<Part, number>>;
  /** Every label as CUAD gives it. */
  readonly all: ScopeResults;
  /** The same with the disputed labels (disputedLabels.json) left out of the scoring. */
  readonly withoutDisputed: ScopeResults;
  /** The disputed labels that apply to this folder. */
  readonly disputed: readonly DisputedLabel[];
}

/** What happened to one category of one contract; every figure is a count of these. */
interface Outcome {
  readonly category: string;
  readonly part: Part;
  readonly disputed: boolean;
  readonly labelled: boolean;
  readonly detected: boolean;
  readonly hit: boolean;
  /** null when the answer cannot be compared (none, redacted, unparseable) or the category has no value. */
  readonly valueRight: boolean | null;
}

export interface CuadOptions {
  /** The category whose examples to collect (open part only), or null. */
  readonly examplesFor: string | null;
  /** One part only, or null for both. */
  readonly part: Part | null;
  readonly disputed: readonly DisputedLabel[];
}

export function measureCuad(dir: string, categories: readonly CuadCategory[], options: CuadOptions): { results: CuadResults; examples: Example[] } {
  const rows = readCsv(readFileSync(join(dir, 'labels_selected.csv'), 'utf8'));
  const contracts = new Set(rows.map((r) => r.txt_file));
  const problems = checkDisputed(options.disputed, new Set(rows.map((r) => disputedKey(r.txt_file, r.category))), contracts);
  if (problems.length > 0) throw new Error(problems.join('\n'));
  const disputed = options.disputed.filter((d) => contracts.has(d.contract));
  const disputedKeys = new Set(disputed.map((d) => disputedKey(d.contract, d.category)));

  const byContract = new Map<string, CsvRow[]>();
  for (const row of rows) {
    if (options.part !== null && partOf(row.txt_file) !== options.part) continue;
    const list = byContract.get(row.txt_file);
    if (list) list.push(row);
    else byContract.set(row.txt_file, [row]);
  }
  const outcomes: Outcome[] = [];
  const wired = new Set<string>();
  const examples: Example[] = [];
  const reviewed: Record<Part, number> = { open: 0, sealed: 0 };

  for (const [file, contractRows] of byContract) {
    const part = partOf(file);
    reviewed[part]++;
    const text = readFileSync(join(dir, 'contracts', file), 'utf8');
    const result = review(text, { format: 'plaintext' });
    for (const category of categories) {
      const row = contractRows.find((r) => r.category === category.label);
      if (!row || !category.wired(result)) continue;
      wired.add(category.label);
      const labelled = row.has_span === '1';
      const labels = labelled ? toUtf16(text, JSON.parse(row.offsets_json || '[]') as Array<[number, number]>) : [];
      const detection = category.detect(result);
      // Examples come from the open part only: nobody tunes a rule on a sealed contract.
      const keep = part === 'open' && options.examplesFor !== null && category.label.toLowerCase() === options.examplesFor.toLowerCase();
      const note = (kind: Example['kind'], span: Span | undefined, detail?: string): void => {
        if (keep) examples.push({ contract: file, kind, text: span ? excerpt(text, span) : '', detail });
      };
      const hit = detection !== null && detection.spans.some((s) => labels.some(([a, b]) => s.start < b && a < s.end));
      if (labelled && detection && !hit) note('wrong place', detection.spans[0], `labelled: ${excerpt(text, toSpan(labels[0]))}`);
      else if (labelled && !detection) note('miss', toSpan(labels[0]), row.answer ? `answer ${JSON.stringify(row.answer)}` : undefined);
      else if (!labelled && detection) note('false alarm', detection.spans[0], describe(detection));
      let valueRight: boolean | null = null;
      if (labelled && row.answer && category.valueMatches) {
        valueRight = category.valueMatches(detection, row.answer);
        if (valueRight === false) note('wrong value', detection?.spans[0] ?? toSpan(labels[0]), `answer ${JSON.stringify(row.answer)}, read ${JSON.stringify(detection?.value ?? null)}`);
      }
      outcomes.push({ category: category.label, part, disputed: disputedKeys.has(disputedKey(file, category.label)), labelled, detected: detection !== null, hit, valueRight });
    }
  }
  const scopes = (keep: (o: Outcome) => boolean): ScopeResults => {
    const of = (inScope: (o: Outcome) => boolean): CategoryResult[] =>
      categories.map((c) => summarise(c, tally(outcomes.filter((o) => o.category === c.label && keep(o) && inScope(o)), wired.has(c.label))));
    const out: ScopeResults = {};
    if (options.part === null || options.part === 'open') out.open = of((o) => o.part === 'open');
    if (options.part === null || options.part === 'sealed') out.sealed = of((o) => o.part === 'sealed');
    if (options.part === null) out.whole = of(() => true);
    return out;
  };
  return {
    results: { contracts: reviewed, all: scopes(() => true), withoutDisputed: scopes((o) => !o.disputed), disputed },
    examples,
  };
}

interface Tally {
  contracts: number; labelled: number; detected: number; tp: number; fp: number; fn: number;
  valueAnswered: number; valueRight: number; wired: boolean;
}

/** A detection in the wrong place of a labelled contract is both a miss and a false alarm. */
function tally(outcomes: readonly Outcome[], wired: boolean): Tally {
  const t: Tally = { contracts: 0, labelled: 0, detected: 0, tp: 0, fp: 0, fn: 0, valueAnswered: 0, valueRight: 0, wired };
  for (const o of outcomes) {
    t.contracts++;
    if (o.labelled) t.labelled++;
    if (o.detected) t.detected++;
    if (o.labelled && o.hit) t.tp++;
    else if (o.labelled && o.detected) { t.fn++; t.fp++; }
    else if (o.labelled) t.fn++;
    else if (o.detected) t.fp++;
    if (o.valueRight !== null) {
      t.valueAnswered++;
      if (o.valueRight) t.valueRight++;
    }
  }
  return t;
}

function summarise(category: CuadCategory, t: Tally): CategoryResult {
  const ratio = (a: number, b: number): number | null => (b === 0 ? null : round(a / b));
  const precision = ratio(t.tp, t.tp + t.fp);
  const recall = ratio(t.tp, t.tp + t.fn);
  const f1 = precision !== null && recall !== null && precision + recall > 0 ? round((2 * precision * recall) / (precision + recall)) : null;
  const valueAccuracy = ratio(t.valueRight, t.valueAnswered);
  const checks: boolean[] = [];
  const { targets } = category;
  if (targets.precision !== undefined) checks.push((precision ?? 0) >= targets.precision);
  if (targets.recall !== undefined) checks.push((recall ?? 0) >= targets.recall);
  if (targets.f1 !== undefined) checks.push((f1 ?? 0) >= targets.f1);
  if (targets.value !== undefined) checks.push((valueAccuracy ?? 0) >= targets.value);
  return {
    category: category.label,
    status: t.wired ? 'measured' : 'not read yet',
    contracts: t.contracts, labelled: t.labelled, detected: t.detected, tp: t.tp, fp: t.fp, fn: t.fn,
    precision, recall, f1,
    valueAnswered: t.valueAnswered, valueRight: t.valueRight, valueAccuracy,
    targets,
    meetsTargets: t.wired ? checks.every(Boolean) : null,
  };
}

/** CUAD's offsets count code points (Python); JavaScript counts UTF-16 units, which differ after an astral character. */
function toUtf16(text: string, pairs: Array<[number, number]>): Array<[number, number]> {
  if (!/[\uD800-\uDBFF]/.test(text)) return pairs;
  const unitAt: number[] = [];
  let unit = 0;
  for (const ch of text) { unitAt.push(unit); unit += ch.length; }
  unitAt.push(unit);
  return pairs.map(([a, b]) => [unitAt[a] ?? a, unitAt[b] ?? b]);
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

function toSpan(pair: [number, number] | undefined): Span | undefined {
  return pair ? { start: pair[0], end: pair[1] } : undefined;
}

function excerpt(text: string, span: Span | undefined): string {
  if (!span) return '';
  const raw = text.slice(span.start, Math.min(span.end, span.start + 300)).replace(/\s+/g, ' ').trim();
  return span.end - span.start > 300 ? `${raw}…` : raw;
}

function describe(d: Detection): string | undefined {
  return d.value === null ? undefined : `read ${JSON.stringify(d.value)}`;
}
