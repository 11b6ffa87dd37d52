import { existsSync, readFileSync } from 'node:fs';
import { partOf } from './parts';

// Labels the team judges wrong, each with its reason in the team's own words. The
// harness never drops one silently: it reports every figure with and without them,
// and refuses an entry that names no labelled row or a contract of the sealed part
// (judging a sealed label means someone looked at it).

export interface DisputedLabel {
  /** CUAD's file name, as in labels_selected.csv. */
  readonly contract: string;
  readonly category: string;
  readonly reason: string;
}

export function readDisputed(path: string): DisputedLabel[] {
  if (!existsSync(path)) return [];
  const raw = JSON.parse(readFileSync(path, 'utf8')) as { labels?: unknown };
  if (!Array.isArray(raw.labels)) throw new Error(`${path}: expected an object with a "labels" array`);
  return raw.labels.map((entry, i) => {
    const e = entry as Partial<Record<keyof DisputedLabel, unknown>>;
    if (typeof e.contract !== 'string' || typeof e.category !== 'string' || typeof e.reason !== 'string' || e.reason.trim().length < 10) {
      throw new Error(`${path}: label ${i + 1} needs a contract, a category and a reason of a few words`);
    }
    return { contract: e.contract, category: e.category, reason: e.reason };
  });
}

/**
 * The problems with a list of disputed labels against the rows of a CUAD folder: empty when every entry
 * is usable. An entry for a contract the folder does not hold (another split) is no problem: it does not apply.
 */
export function checkDisputed(labels: readonly DisputedLabel[], rows: ReadonlySet<string>, contracts: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const label of labels) {
    const key = disputedKey(label.contract, label.category);
    if (seen.has(key)) problems.push(`disputed twice: ${label.category} in ${label.contract}`);
    seen.add(key);
    if (partOf(label.contract) === 'sealed') problems.push(`disputed label in the sealed part: ${label.category} in ${label.contract}`);
    else if (contracts.has(label.contract) && !rows.has(key)) problems.push(`disputed label names no row of labels_selected.csv: ${label.category} in ${label.contract}`);
  }
  return problems;
}

export function disputedKey(contract: string, category: string): string {
  return `${contract}\u0000${category}`;
}
