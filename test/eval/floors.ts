import { readFileSync } from 'node:fs';
import type { CategoryResult } from './cuad';
import type { CheckResult } from './corpusChecks';
import type { FactResult } from './vendorFacts';

// The minimums `.ci/run` holds the engine to (test/eval/floors.json): each figure of the
// whole CUAD folder, the vendor facts and the checks on real text. A floor sits a little
// below today's figure so ordinary work does not trip it; raise it as the figure rises.

export type Measure = 'precision' | 'recall' | 'f1' | 'valueAccuracy';

export interface Floors {
  /** CUAD category → measure → minimum, on the whole folder with every label. */
  readonly cuad: Readonly<Record<string, Partial<Record<Measure, number>>>>;
  /** Share of vendor-clause facts read exactly. */
  readonly vendorFacts?: number;
  /** Check name → minimum share passed. */
  readonly checks?: Readonly<Record<string, number>>;
}

/** The figures the floors are held against. */
export interface FloorFigures {
  readonly cuad: readonly CategoryResult[];
  readonly vendorFacts: readonly FactResult[];
  readonly checks: readonly CheckResult[];
}

export function readFloors(path: string): Floors {
  const raw = JSON.parse(readFileSync(path, 'utf8')) as Partial<Floors>;
  if (typeof raw.cuad !== 'object' || raw.cuad === null) throw new Error(`${path}: expected a "cuad" object of category → measure → minimum`);
  return raw as Floors;
}

/** Every figure below its floor, or missing, in words; empty when all hold. */
export function belowFloors(figures: FloorFigures, floors: Floors): string[] {
  const problems: string[] = [];
  const below = (what: string, value: number | null | undefined, floor: number): void => {
    if (value === null || value === undefined) problems.push(`${what}: not measured (floor ${floor.toFixed(3)})`);
    else if (value < floor - 1e-9) problems.push(`${what}: ${value.toFixed(3)} is below its floor ${floor.toFixed(3)}`);
  };
  for (const [category, measures] of Object.entries(floors.cuad)) {
    const result = figures.cuad.find((c) => c.category === category);
    for (const [measure, floor] of Object.entries(measures) as Array<[Measure, number]>) below(`CUAD ${category} ${measure}`, result?.[measure], floor);
  }
  if (floors.vendorFacts !== undefined) {
    const measured = figures.vendorFacts.filter((f) => f.status === 'measured');
    const total = measured.reduce((n, f) => n + f.total, 0);
    below('vendor facts read exactly', total === 0 ? null : measured.reduce((n, f) => n + f.right, 0) / total, floors.vendorFacts);
  }
  for (const [check, floor] of Object.entries(floors.checks ?? {})) {
    const result = figures.checks.find((c) => c.check === check);
    below(`check "${check}"`, result && result.total > 0 ? result.passed / result.total : null, floor);
  }
  return problems;
}

/** Floors a margin below the given figures, rounded down to two decimals: how floors.json is first written. */
export function floorsBelow(figures: FloorFigures, margin = 0.02): Floors {
  const down = (n: number): number => Math.max(0, Math.floor((n - margin) * 100 + 1e-9) / 100);
  const cuad: Record<string, Partial<Record<Measure, number>>> = {};
  for (const c of figures.cuad) {
    if (c.status !== 'measured') continue;
    const measures: Partial<Record<Measure, number>> = {};
    for (const m of ['precision', 'recall', 'f1', 'valueAccuracy'] as const) {
      const value = c[m];
      if (value !== null) measures[m] = down(value);
    }
    cuad[c.category] = measures;
  }
  const measured = figures.vendorFacts.filter((f) => f.status === 'measured');
  const total = measured.reduce((n, f) => n + f.total, 0);
  const checks = Object.fromEntries(figures.checks.filter((c) => c.total > 0).map((c) => [c.check, c.failures.length === 0 && c.passed === c.total ? 1 : down(c.passed / c.total)]));
  return { cuad, ...(total > 0 ? { vendorFacts: down(measured.reduce((n, f) => n + f.right, 0) / total) } : {}), checks };
}
