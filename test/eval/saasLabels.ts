import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { DraftCounts } from './drafts';
import { PARTS, partOf, type Part } from './parts';
import { fmt, table } from './table';

// Scores the whole SaaS documents against the team's labels (saasLabels.json):
// for each document, the rules of the labelled families that should fire there.
// Scoring is per document and rule (does the rule fire at all), so a finding
// repeated on one document counts once. Documents fall into the open and sealed
// parts of parts.ts: tune on the open part, and read only the sealed figures.

export interface SaasLabels {
  readonly families: readonly string[];
  readonly documents: Readonly<Record<string, { readonly expect: readonly string[] }>>;
}

export interface FamilyScore {
  readonly family: string;
  readonly part: Part | 'whole';
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly precision: number | null;
  readonly recall: number | null;
}

export interface SaasScore {
  readonly documents: { readonly open: number; readonly sealed: number };
  readonly scores: readonly FamilyScore[];
  /** Open part only: what each document got wrong ("+rule" a false alarm, "-rule" a miss). */
  readonly openErrors: Readonly<Record<string, readonly string[]>>;
}

export function readSaasLabels(path: string): SaasLabels {
  const raw = JSON.parse(readFileSync(path, 'utf8')) as Partial<SaasLabels>;
  if (!Array.isArray(raw.families) || typeof raw.documents !== 'object' || raw.documents === null) {
    throw new Error(`${path}: expected "families" (a list) and "documents" (file name → { expect: rule ids })`);
  }
  return raw as SaasLabels;
}

const familyOf = (ruleId: string): string => ruleId.split('/')[0];

/** Scores the labelled documents found among `drafts` (matched by file name); null when none is. */
export function scoreSaas(drafts: readonly DraftCounts[], labels: SaasLabels): SaasScore | null {
  const counts = { tp: new Map<string, number>(), fp: new Map<string, number>(), fn: new Map<string, number>() };
  const add = (which: keyof typeof counts, family: string, part: Part): void => {
    for (const key of [`${family}|${part}`, `${family}|whole`, `all|${part}`, 'all|whole']) counts[which].set(key, (counts[which].get(key) ?? 0) + 1);
  };
  const documents = { open: 0, sealed: 0 };
  const openErrors: Record<string, string[]> = {};
  for (const draft of drafts) {
    const name = basename(draft.draft);
    const label = labels.documents[name];
    if (!label) continue;
    const part = partOf(name);
    documents[part]++;
    const fired = new Set(Object.keys(draft.findings).filter((id) => labels.families.includes(familyOf(id))));
    const expected = new Set(label.expect);
    const errors: string[] = [];
    for (const id of fired) {
      add(expected.has(id) ? 'tp' : 'fp', familyOf(id), part);
      if (!expected.has(id)) errors.push(`+${id}`);
    }
    for (const id of expected) {
      if (fired.has(id)) continue;
      add('fn', familyOf(id), part);
      errors.push(`-${id}`);
    }
    if (part === 'open' && errors.length > 0) openErrors[name] = errors;
  }
  if (documents.open + documents.sealed === 0) return null;
  const scores: FamilyScore[] = [];
  for (const family of [...labels.families, 'all']) {
    for (const part of [...PARTS, 'whole'] as const) {
      const key = `${family}|${part}`;
      const tp = counts.tp.get(key) ?? 0;
      const fp = counts.fp.get(key) ?? 0;
      const fn = counts.fn.get(key) ?? 0;
      scores.push({ family, part, tp, fp, fn, precision: tp + fp === 0 ? null : tp / (tp + fp), recall: tp + fn === 0 ? null : tp / (tp + fn) });
    }
  }
  return { documents, scores, openErrors };
}

export function formatSaasScore(score: SaasScore): string {
  const rows = score.scores.map((s) => [s.family, s.part, String(s.tp), String(s.fp), String(s.fn), fmt(s.precision), fmt(s.recall)]);
  const errors = Object.entries(score.openErrors).map(([name, e]) => `  ${name}: ${e.join(' ')}`);
  return [
    `SaaS documents against test/eval/saasLabels.json (findings per document and rule): open part ${score.documents.open} documents, sealed part ${score.documents.sealed}`,
    table(['family', 'part', 'tp', 'fp', 'fn', 'precision', 'recall'], rows),
    ...(errors.length > 0 ? ['Open part, false alarms (+) and misses (-):', ...errors] : []),
  ].join('\n');
}
