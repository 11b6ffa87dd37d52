import { diffWords } from 'diff';
import type { Clause, Contract } from '../model';

// Which clause of the new draft is which clause of the old one. Matching is by text,
// never by number or position: a vendor's turn renumbers sections, moves them and
// rewords them, and the buyer wants "3.2 became 4.2 and now says 36 months", not
// "3.2 was deleted, 4.2 is new". Identical text pairs first (renumbered or moved
// clauses), then the most similar remaining pairs by a word diff.

export type ClauseChange = 'same' | 'reworded';

export interface ClausePair {
  readonly oldIndex: number;
  readonly newIndex: number;
  readonly change: ClauseChange;
  /** Share of the text the two versions have in common, 0..1 (1 for 'same'). */
  readonly similarity: number;
  /** The clause number changed ("3.2" → "4.2"). */
  readonly renumbered: boolean;
  /** The clause sits elsewhere relative to the clauses around it. */
  readonly moved: boolean;
}

export interface ClauseMatching {
  readonly pairs: readonly ClausePair[];
  /** Old clause index → its pair; new clause index → its pair. */
  readonly byOld: ReadonlyMap<number, ClausePair>;
  readonly byNew: ReadonlyMap<number, ClausePair>;
  /** Clauses of the old draft with no counterpart (deleted), and of the new one (added). */
  readonly deleted: readonly number[];
  readonly added: readonly number[];
}

/** Below this share of common text two clauses are different clauses, not two wordings of one. */
const MIN_SIMILARITY = 0.5;
/** Word-set overlap a pair needs before the (costlier) diff is run on it. */
const MIN_WORD_OVERLAP = 0.3;
/** Diff candidates tried per old clause, best word overlap first. */
const CANDIDATES_PER_CLAUSE = 4;

export function matchClauses(oldContract: Contract, newContract: Contract): ClauseMatching {
  const oldTexts = oldContract.clauses.map((c) => comparableText(oldContract, c));
  const newTexts = newContract.clauses.map((c) => comparableText(newContract, c));
  const oldUsed = new Set<number>();
  const newUsed = new Set<number>();
  const found: { oldIndex: number; newIndex: number; similarity: number }[] = [];

  // 1. The same words: renumbered, moved or untouched.
  const newByText = new Map<string, number[]>();
  newTexts.forEach((text, i) => {
    if (text === '') return;
    const list = newByText.get(text);
    if (list) list.push(i);
    else newByText.set(text, [i]);
  });
  oldTexts.forEach((text, i) => {
    const candidates = newByText.get(text);
    const j = candidates?.find((k) => !newUsed.has(k));
    if (j === undefined) return;
    oldUsed.add(i);
    newUsed.add(j);
    found.push({ oldIndex: i, newIndex: j, similarity: 1 });
  });

  // 2. Reworded: the most similar remaining pairs, best first.
  const oldWords = oldTexts.map(wordSet);
  const newWords = newTexts.map(wordSet);
  const scored: { oldIndex: number; newIndex: number; similarity: number }[] = [];
  for (let i = 0; i < oldTexts.length; i++) {
    if (oldUsed.has(i) || oldTexts[i] === '') continue;
    const overlaps: { j: number; overlap: number }[] = [];
    for (let j = 0; j < newTexts.length; j++) {
      if (newUsed.has(j) || newTexts[j] === '') continue;
      const overlap = dice(oldWords[i], newWords[j]);
      if (overlap >= MIN_WORD_OVERLAP) overlaps.push({ j, overlap });
    }
    overlaps.sort((a, b) => b.overlap - a.overlap);
    for (const { j } of overlaps.slice(0, CANDIDATES_PER_CLAUSE)) {
      const similarity = textSimilarity(oldTexts[i], newTexts[j]);
      if (similarity >= MIN_SIMILARITY) scored.push({ oldIndex: i, newIndex: j, similarity });
    }
  }
  scored.sort((a, b) => b.similarity - a.similarity || a.oldIndex - b.oldIndex);
  for (const pair of scored) {
    if (oldUsed.has(pair.oldIndex) || newUsed.has(pair.newIndex)) continue;
    oldUsed.add(pair.oldIndex);
    newUsed.add(pair.newIndex);
    found.push(pair);
  }

  found.sort((a, b) => a.oldIndex - b.oldIndex);
  const inOrder = longestIncreasing(found.map((p) => p.newIndex));
  const pairs: ClausePair[] = found.map((p, k) => ({
    oldIndex: p.oldIndex,
    newIndex: p.newIndex,
    change: p.similarity === 1 ? 'same' : 'reworded',
    similarity: p.similarity,
    renumbered: (oldContract.clauses[p.oldIndex].number ?? '') !== (newContract.clauses[p.newIndex].number ?? ''),
    moved: !inOrder.has(k),
  }));
  return {
    pairs,
    byOld: new Map(pairs.map((p) => [p.oldIndex, p])),
    byNew: new Map(pairs.map((p) => [p.newIndex, p])),
    deleted: oldContract.clauses.map((_, i) => i).filter((i) => !oldUsed.has(i) && oldTexts[i] !== ''),
    added: newContract.clauses.map((_, i) => i).filter((i) => !newUsed.has(i) && newTexts[i] !== ''),
  };
}

/** The clause's words without its number, Markdown marks, case or spacing: what a reader compares. */
export function comparableText(contract: Contract, clause: Clause): string {
  const start = clause.numberSpan ? clause.numberSpan.end : clause.span.start;
  return contract.normalized
    .slice(start, clause.span.end)
    .toLowerCase()
    .replace(/[*_`#>|]+/g, ' ')
    .replace(/^\s*(?:[-+]|\d+[.)])\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function wordSet(text: string): Set<string> {
  return new Set(text.split(' ').filter((w) => w !== ''));
}

function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let common = 0;
  for (const w of a) if (b.has(w)) common++;
  return (2 * common) / (a.size + b.size);
}

/** Characters both versions keep, over the longer version's length. */
function textSimilarity(a: string, b: string): number {
  let common = 0;
  for (const part of diffWords(a, b)) if (!part.added && !part.removed) common += part.value.length;
  return common / Math.max(a.length, b.length, 1);
}

/** Positions (into `values`) of one longest strictly increasing subsequence. */
function longestIncreasing(values: readonly number[]): Set<number> {
  const tails: number[] = [];
  const previous = new Array<number>(values.length).fill(-1);
  for (let k = 0; k < values.length; k++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (values[tails[mid]] < values[k]) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[k] = tails[lo - 1];
    tails[lo] = k;
  }
  const kept = new Set<number>();
  for (let k = tails.length > 0 ? tails[tails.length - 1] : -1; k >= 0; k = previous[k]) kept.add(k);
  return kept;
}
