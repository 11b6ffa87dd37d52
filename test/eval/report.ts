import type { CategoryResult, Example } from './cuad';
import type { DraftCounts } from './drafts';
import type { FactMiss, FactResult } from './vendorFacts';

// Printing: the figures as fixed-width tables, and the difference from a previous run.

export interface EvalResults {
  readonly corpus: { readonly cuad: string; readonly clauses: string; readonly drafts: readonly string[] };
  readonly cuad: readonly CategoryResult[];
  readonly vendorFacts: readonly FactResult[];
  readonly drafts: readonly DraftCounts[];
}

const fmt = (n: number | null): string => (n === null ? '-' : n.toFixed(3));

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  // Names left-aligned (the first column, and a last column of words), figures right-aligned.
  const left = (i: number): boolean => i === 0 || (i === header.length - 1 && rows.some((r) => /[a-z]{3}/.test(r[i])));
  const line = (cells: readonly string[]): string => cells.map((c, i) => (left(i) ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function formatResults(r: EvalResults): string {
  const cuadRows = r.cuad.map((c) => c.status === 'not read yet'
    ? [c.category, 'not read yet', '', '', '', '', '', '', '', '']
    : [c.category, String(c.labelled), String(c.detected), String(c.tp), String(c.fp), String(c.fn), fmt(c.precision), fmt(c.recall), fmt(c.f1),
      c.valueAnswered === 0 ? '-' : `${fmt(c.valueAccuracy)} (${c.valueRight}/${c.valueAnswered})`, c.meetsTargets ? 'yes' : 'NO']);
  const factRows = r.vendorFacts.map((f) => [f.fact, f.status === 'measured' ? `${f.right}/${f.total}` : 'not read yet', fmt(f.accuracy)]);
  const measured = r.vendorFacts.filter((f) => f.status === 'measured');
  const factsRight = measured.reduce((n, f) => n + f.right, 0);
  const factsTotal = measured.reduce((n, f) => n + f.total, 0);
  if (factsTotal > 0) factRows.push(['all facts (target ≥ 0.95)', `${factsRight}/${factsTotal}`, fmt(factsRight / factsTotal)]);
  const rules = [...new Set(r.drafts.flatMap((d) => Object.keys(d.findings)))].sort();
  const draftRows = r.drafts.map((d) => [d.draft, d.kind, String(Object.values(d.findings).reduce((a, b) => a + b, 0)), rules.filter((id) => d.findings[id]).map((id) => `${id}×${d.findings[id]}`).join(' ')]);
  return [
    `CUAD (${r.corpus.cuad}), contract level`,
    table(['category', 'labelled', 'detected', 'tp', 'fp', 'fn', 'precision', 'recall', 'F1', 'value right', 'targets'], cuadRows),
    '',
    `Vendor clauses (${r.corpus.clauses}): facts read exactly`,
    table(['fact', 'right', 'share'], factRows),
    '',
    'Whole drafts: findings per rule',
    table(['draft', 'kind', 'findings', 'by rule'], draftRows),
  ].join('\n');
}

export function formatExamples(category: string, examples: readonly Example[], factMisses: readonly FactMiss[]): string {
  const lines = [`Examples for ${category}:`];
  for (const e of examples) {
    lines.push(`- ${e.kind}: ${e.contract}`);
    if (e.text) lines.push(`    text: ${e.text}`);
    if (e.detail) lines.push(`    ${e.detail}`);
  }
  for (const m of factMisses.filter((f) => f.fact === category)) {
    lines.push(`- ${m.vendor}: expected ${JSON.stringify(m.expected)}, read ${JSON.stringify(m.read)}\n    text: ${m.text}`);
  }
  if (lines.length === 1) lines.push('(none: the category name must be a CUAD category or a vendor fact, as in the tables)');
  return lines.join('\n');
}

/** What moved since a previous results file: measures up or down, findings per rule up or down. */
export function formatDiff(previous: EvalResults, current: EvalResults): string {
  const lines: string[] = [];
  const measures = ['precision', 'recall', 'f1', 'valueAccuracy'] as const;
  for (const now of current.cuad) {
    const before = previous.cuad.find((c) => c.category === now.category);
    if (!before) { lines.push(`new   ${now.category}`); continue; }
    for (const m of measures) {
      const a = before[m];
      const b = now[m];
      if (a === b) continue;
      const verdict = a === null ? 'new  ' : b === null ? 'gone ' : b > a ? 'better' : 'worse';
      lines.push(`${verdict.padEnd(6)} ${now.category} ${m}: ${fmt(a)} → ${fmt(b)}`);
    }
  }
  for (const now of current.vendorFacts) {
    const before = previous.vendorFacts.find((f) => f.fact === now.fact);
    if (before?.accuracy === now.accuracy) continue;
    const verdict = !before || before.accuracy === null ? 'new  ' : now.accuracy === null ? 'gone ' : now.accuracy > before.accuracy ? 'better' : 'worse';
    lines.push(`${verdict.padEnd(6)} fact ${now.fact}: ${fmt(before?.accuracy ?? null)} → ${fmt(now.accuracy)}`);
  }
  for (const now of current.drafts) {
    const before = previous.drafts.find((d) => d.draft === now.draft)?.findings ?? {};
    for (const id of [...new Set([...Object.keys(before), ...Object.keys(now.findings)])].sort()) {
      const a = before[id] ?? 0;
      const b = now.findings[id] ?? 0;
      if (a !== b) lines.push(`${(b > a ? 'more' : 'fewer').padEnd(6)} ${now.draft} ${id}: ${a} → ${b}`);
    }
  }
  return lines.length === 0 ? 'No change from the previous run.' : lines.join('\n');
}
