import type { CategoryResult, CuadResults, ScopeResults } from './cuad';
import type { Part } from './parts';
import { fmt, table } from './table';

// The CUAD figures as the protocol reads them: open and sealed side by side with
// the gap between them, flagged when it exceeds GAP_FLAG (a rule fitted to the open
// part shows up there), then the whole; every figure with and without the disputed labels.

export const GAP_FLAG = 0.03;

const MEASURES = [
  ['P', 'precision'],
  ['R', 'recall'],
  ['F1', 'f1'],
  ['value', 'valueAccuracy'],
] as const;

type Measure = (typeof MEASURES)[number][1];

const TARGET_OF: Readonly<Record<Measure, 'precision' | 'recall' | 'f1' | 'value'>> = {
  precision: 'precision', recall: 'recall', f1: 'f1', valueAccuracy: 'value',
};

/** The gap sealed − open, or null when either is missing. */
export function gap(open: number | null | undefined, sealed: number | null | undefined): number | null {
  if (open === null || open === undefined || sealed === null || sealed === undefined) return null;
  return Math.round((sealed - open) * 1000) / 1000;
}

export function gapFlagged(g: number | null): boolean {
  return g !== null && Math.abs(g) > GAP_FLAG + 1e-9;
}

const signed = (n: number | null): string => (n === null ? '-' : `${n > 0 ? '+' : n < 0 ? '−' : ' '}${Math.abs(n).toFixed(3)}`);

function find(scope: ScopeResults, key: 'open' | 'sealed' | 'whole', category: string): CategoryResult | undefined {
  return scope[key]?.find((c) => c.category === category);
}

/** One row per category and measure: open, sealed, gap, whole, with and without the disputed labels. */
export function formatSideBySide(r: CuadResults): string {
  const disputedApply = r.disputed.length > 0;
  const header = ['category', 'measure', 'open', 'sealed', 'gap', 'whole', 'target', 'met open/sealed'];
  // Disputed labels all lie in the open part (disputed.ts refuses sealed ones), so the sealed figures need no second column.
  if (disputedApply) header.push('open*', 'gap*', 'whole*');
  header.push('flag');
  const rows: string[][] = [];
  for (const whole of r.all.whole ?? []) {
    const name = whole.category;
    if (whole.status === 'not read yet') { rows.push([name, 'not read yet']); continue; }
    let first = true;
    for (const [label, measure] of MEASURES) {
      const open = find(r.all, 'open', name);
      const sealed = find(r.all, 'sealed', name);
      if (whole[measure] === null) continue;
      const target = whole.targets[TARGET_OF[measure]];
      const met = (c: CategoryResult | undefined): string => (target === undefined ? '' : (c?.[measure] ?? 0) >= target ? 'yes' : 'NO');
      const g = gap(open?.[measure], sealed?.[measure]);
      const row = [first ? name : '', label, fmt(open?.[measure]), fmt(sealed?.[measure]), signed(g), fmt(whole[measure]),
        target === undefined ? '' : `≥ ${target.toFixed(2)}`, target === undefined ? '' : `${met(open)}/${met(sealed)}`];
      let flagged = gapFlagged(g);
      if (disputedApply) {
        const o = find(r.withoutDisputed, 'open', name)?.[measure];
        const s = find(r.withoutDisputed, 'sealed', name)?.[measure];
        const gd = gap(o, s);
        flagged ||= gapFlagged(gd);
        row.push(fmt(o), signed(gd), fmt(find(r.withoutDisputed, 'whole', name)?.[measure]));
      }
      row.push(flagged ? `gap > ${GAP_FLAG}` : '');
      rows.push(row);
      first = false;
    }
  }
  const lines = [table(header, rows)];
  if (disputedApply) lines.push(`* without the ${r.disputed.length} disputed label${r.disputed.length === 1 ? '' : 's'} (${countByCategory(r)})`);
  return lines.join('\n');
}

/** The figures of one part with their counts, as `--part` prints them. */
export function formatPart(r: CuadResults, part: Part): string {
  const detail = (results: readonly CategoryResult[]): string => table(
    ['category', 'contracts', 'labelled', 'detected', 'tp', 'fp', 'fn', 'precision', 'recall', 'F1', 'value right', 'targets'],
    results.map((c) => c.status === 'not read yet'
      ? [c.category, 'not read yet']
      : [c.category, String(c.contracts), String(c.labelled), String(c.detected), String(c.tp), String(c.fp), String(c.fn), fmt(c.precision), fmt(c.recall), fmt(c.f1),
        c.valueAnswered === 0 ? '-' : `${fmt(c.valueAccuracy)} (${c.valueRight}/${c.valueAnswered})`, c.meetsTargets ? 'yes' : 'NO']),
  );
  const lines = [detail(r.all[part] ?? [])];
  const disputedHere = r.disputed.length > 0 && part === 'open';
  if (disputedHere) lines.push('', `Without the ${r.disputed.length} disputed labels (${countByCategory(r)}):`, detail(r.withoutDisputed[part] ?? []));
  return lines.join('\n');
}

function countByCategory(r: CuadResults): string {
  const counts = new Map<string, number>();
  for (const d of r.disputed) counts.set(d.category, (counts.get(d.category) ?? 0) + 1);
  return [...counts].map(([c, n]) => `${c} ${n}`).join(', ');
}
