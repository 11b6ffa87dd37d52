import type { CheckResult } from './corpusChecks';
import type { CuadResults, Example } from './cuad';
import { formatPart, formatSideBySide } from './cuadTable';
import type { DraftCounts } from './drafts';
import type { Part } from './parts';
import { fmt, table } from './table';
import type { FactMiss, FactResult } from './vendorFacts';
import { formatSaasScore, type SaasScore } from './saasLabels';

// Printing: the figures as fixed-width tables, and the difference from a previous run.

export interface EvalResults {
  readonly corpus: { readonly cuad: string; readonly clauses: string; readonly drafts: readonly string[]; readonly part: Part | null };
  /** null when no CUAD folder was found. */
  readonly cuad: CuadResults | null;
  readonly vendorFacts: readonly FactResult[];
  readonly drafts: readonly DraftCounts[];
  /** The SaaS documents scored against their labels; null when none of them was found. */
  readonly saas: SaasScore | null;
  /** Checks on real contracts that have no labels to score (corpusChecks.ts). */
  readonly checks: readonly CheckResult[];
}

export function formatResults(r: EvalResults): string {
  const part = r.corpus.part;
  const cuadLines = r.cuad === null ? [`CUAD (${r.corpus.cuad}): not found, not measured`] : [cuadTitle(r, r.cuad), part === null ? formatSideBySide(r.cuad) : formatPart(r.cuad, part)];
  const factRows = r.vendorFacts.map((f) => [f.fact, f.status === 'measured' ? `${f.right}/${f.total}` : 'not read yet', fmt(f.accuracy)]);
  const measured = r.vendorFacts.filter((f) => f.status === 'measured');
  const factsRight = measured.reduce((n, f) => n + f.right, 0);
  const factsTotal = measured.reduce((n, f) => n + f.total, 0);
  if (factsTotal > 0) factRows.push(['all facts (target ≥ 0.95)', `${factsRight}/${factsTotal}`, fmt(factsRight / factsTotal)]);
  const rules = [...new Set(r.drafts.flatMap((d) => Object.keys(d.findings)))].sort();
  const draftRows = r.drafts.map((d) => [d.draft, d.kind, String(Object.values(d.findings).reduce((a, b) => a + b, 0)), rules.filter((id) => d.findings[id]).map((id) => `${id}×${d.findings[id]}`).join(' ')]);
  return [
    ...cuadLines,
    '',
    `Vendor clauses (${r.corpus.clauses}): facts read exactly`,
    table(['fact', 'right', 'share'], factRows),
    '',
    'Whole drafts: findings per rule',
    table(['draft', 'kind', 'findings', 'by rule'], draftRows),
    ...(r.saas ? ['', formatSaasScore(r.saas)] : []),
    '',
    'Checks on real contracts',
    table(['check', 'passed', 'of'], r.checks.map((c) => [c.check, String(c.passed), String(c.total)])),
    ...r.checks.flatMap((c) => c.failures.map((f) => `  failed: ${f}`)),
  ].join('\n');
}

function cuadTitle(r: EvalResults, cuad: CuadResults): string {
  const { contracts } = cuad;
  const part = r.corpus.part;
  return part === null
    ? `CUAD (${r.corpus.cuad}), contract level: open part ${contracts.open} contracts, sealed part ${contracts.sealed}, whole ${contracts.open + contracts.sealed}`
    : `CUAD (${r.corpus.cuad}), contract level: ${part} part only, ${contracts[part]} contracts`;
}

export function formatExamples(category: string, examples: readonly Example[], factMisses: readonly FactMiss[]): string {
  const lines = [`Examples for ${category} (CUAD: open part only):`];
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

/**
 * What moved since a previous results file: measures of the open part up or down (the sealed
 * part's figures are never compared: a change is judged on the open part alone), vendor facts,
 * findings per rule up or down.
 */
export function formatDiff(previous: EvalResults, current: EvalResults): string {
  const lines: string[] = [];
  const measures = ['precision', 'recall', 'f1', 'valueAccuracy'] as const;
  const openBefore = (previous.cuad as Partial<CuadResults> | undefined)?.all?.open;
  const openNow = current.cuad?.all.open;
  if (!openBefore || !openNow) lines.push('CUAD: no open-part figures in both runs (an older results file, or --part sealed): not compared');
  for (const now of openNow && openBefore ? openNow : []) {
    const before = openBefore?.find((c) => c.category === now.category);
    if (!before) { lines.push(`new   ${now.category}`); continue; }
    for (const m of measures) {
      const a = before[m];
      const b = now[m];
      if (a === b) continue;
      const verdict = a === null ? 'new  ' : b === null ? 'gone ' : b > a ? 'better' : 'worse';
      lines.push(`${verdict.padEnd(6)} ${now.category} (open) ${m}: ${fmt(a)} → ${fmt(b)}`);
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
