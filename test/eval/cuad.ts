import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Span } from '../../server/src/engine/model';
import { review } from '../../server/src/engine/review';
import type { CuadCategory, Detection } from './categories';
import { readCsv, type CsvRow } from './csv';
import { halfOf, type Half } from './halves';

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

interface Tally {
  contracts: number; labelled: number; detected: number; tp: number; fp: number; fn: number;
  valueAnswered: number; valueRight: number; wired: boolean;
}

export function measureCuad(dir: string, categories: readonly CuadCategory[], examplesFor: string | null, half: Half | null = null): { results: CategoryResult[]; examples: Example[] } {
  const rows = readCsv(readFileSync(join(dir, 'labels_selected.csv'), 'utf8')).filter((row) => half === null || halfOf(row.txt_file) === half);
  const byContract = new Map<string, CsvRow[]>();
  for (const row of rows) {
    const list = byContract.get(row.txt_file);
    if (list) list.push(row);
    else byContract.set(row.txt_file, [row]);
  }
  const tallies = new Map<string, Tally>(categories.map((c) => [c.label, { contracts: 0, labelled: 0, detected: 0, tp: 0, fp: 0, fn: 0, valueAnswered: 0, valueRight: 0, wired: false }]));
  const examples: Example[] = [];

  for (const [file, contractRows] of byContract) {
    const text = readFileSync(join(dir, 'contracts', file), 'utf8');
    const result = review(text, { format: 'plaintext' });
    for (const category of categories) {
      const row = contractRows.find((r) => r.category === category.label);
      if (!row) continue;
      const tally = tallies.get(category.label) as Tally;
      if (!category.wired(result)) continue;
      tally.wired = true;
      tally.contracts++;
      const labelled = row.has_span === '1';
      const labels = labelled ? toUtf16(text, JSON.parse(row.offsets_json || '[]') as Array<[number, number]>) : [];
      const detection = category.detect(result);
      const keep = examplesFor !== null && category.label.toLowerCase() === examplesFor.toLowerCase();
      const note = (kind: Example['kind'], span: Span | undefined, detail?: string): void => {
        if (keep) examples.push({ contract: file, kind, text: span ? excerpt(text, span) : '', detail });
      };
      if (labelled) tally.labelled++;
      if (detection) tally.detected++;
      const hit = detection !== null && detection.spans.some((s) => labels.some(([a, b]) => s.start < b && a < s.end));
      if (labelled && hit) tally.tp++;
      else if (labelled && detection) {
        tally.fn++;
        tally.fp++;
        note('wrong place', detection.spans[0], `labelled: ${excerpt(text, toSpan(labels[0]))}`);
      } else if (labelled) {
        tally.fn++;
        note('miss', toSpan(labels[0]), row.answer ? `answer ${JSON.stringify(row.answer)}` : undefined);
      } else if (detection) {
        tally.fp++;
        note('false alarm', detection.spans[0], describe(detection));
      }
      if (labelled && row.answer && category.valueMatches) {
        const ok = category.valueMatches(detection, row.answer);
        if (ok !== null) {
          tally.valueAnswered++;
          if (ok) tally.valueRight++;
          else note('wrong value', detection?.spans[0] ?? toSpan(labels[0]), `answer ${JSON.stringify(row.answer)}, read ${JSON.stringify(detection?.value ?? null)}`);
        }
      }
    }
  }
  return { results: categories.map((c) => summarise(c, tallies.get(c.label) as Tally)), examples };
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
