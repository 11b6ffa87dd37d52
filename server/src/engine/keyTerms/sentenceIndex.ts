import type { Contract, Sentence, Span } from '../model';
import { buildStemScanner, type StemScanner } from './stemScanner';

// Per-review data the key-term readers share, built lazily once per Contract
// object (a WeakMap keeps the engine pure: nothing outlives the contract).
//
// The readers decide with cue patterns run on each sentence's lower-case text.
// Running a dozen patterns over every sentence of a 1 MB draft is most of the
// review's time, so each reader first asks which sentences mention one of the
// literal words its patterns need ("stems") and runs the patterns on those
// only. A stem is a necessary condition, never a decision: a sentence holding
// it is still read by the exact pattern. Stems are found by plain substring
// search on the lower-cased document, which is sound for readers that blank
// markup to spaces first, because a stem holds no spaces.

export interface DocumentSentence {
  readonly sentence: Sentence;
  readonly clauseIndex: number;
  readonly headingIndex: number;
}

interface SharedData {
  readonly sentences: readonly DocumentSentence[];
  readonly starts: Int32Array;
  lower: string | undefined;
  readonly byStem: Map<string, readonly number[]>;
  /** The one scan for every registered stem has run. */
  scanned: boolean;
  /** Registered stems found anywhere in the text, inside a sentence or not. */
  readonly seen: Set<string>;
  readonly extra: Map<string, unknown>;
}

const SHARED = new WeakMap<Contract, SharedData>();

// Copies made by `withEverySentenceCandidate`: for them every stem question
// answers "every sentence" / "yes". Marking a fresh copy (rather than a flag)
// keeps the production path and every cached answer for the original intact.
const EVERY_SENTENCE = new WeakSet<Contract>();

/**
 * A shallow copy of `contract` on which the readers' candidate filters are off:
 * every sentence is a candidate for every reader and every stem counts as
 * present. Reading key terms from it gives the answer the filters must not
 * change, so tests can check that the stem lists keep up with the patterns.
 */
export function withEverySentenceCandidate(contract: Contract): Contract {
  const copy: Contract = { ...contract };
  EVERY_SENTENCE.add(copy);
  return copy;
}

/** Whether `contract` came from `withEverySentenceCandidate`, so no sentence may be filtered out. */
export function everySentenceIsCandidate(contract: Contract): boolean {
  return EVERY_SENTENCE.has(contract);
}

function sharedOf(contract: Contract): SharedData {
  let data = SHARED.get(contract);
  if (!data) {
    const sentences: DocumentSentence[] = [];
    contract.clauses.forEach((clause, clauseIndex) => {
      for (const sentence of clause.sentences) sentences.push({ sentence, clauseIndex, headingIndex: clause.headingIndex });
    });
    const starts = new Int32Array(sentences.length);
    sentences.forEach((s, i) => { starts[i] = s.sentence.span.start; });
    data = { sentences, starts, lower: undefined, byStem: new Map(), scanned: false, seen: new Set(), extra: new Map() };
    SHARED.set(contract, data);
  }
  return data;
}

/** Every sentence of the draft in document order, with its clause and heading. */
export function documentSentences(contract: Contract): readonly DocumentSentence[] {
  return sharedOf(contract).sentences;
}

/** `contract.normalized` in lower case, computed once per contract. */
export function lowerText(contract: Contract): string {
  const data = sharedOf(contract);
  data.lower ??= contract.normalized.toLowerCase();
  return data.lower;
}

/**
 * A value computed once per contract under `key` (e.g. a reader's scanned
 * sentences that another reader needs too).
 */
export function sharedValue<T>(contract: Contract, key: string, build: () => T): T {
  const extra = sharedOf(contract).extra;
  if (extra.has(key)) return extra.get(key) as T;
  const value = build();
  extra.set(key, value);
  return value;
}

/**
 * Indexes (ascending) of the sentences whose text contains at least one of the
 * lower-case `stems` (no spaces in a stem). Every sentence when lower-casing
 * changes the text's length, since offsets would no longer line up.
 */
export function sentencesMentioning(contract: Contract, stems: readonly string[]): readonly number[] {
  const data = sharedOf(contract);
  if (EVERY_SENTENCE.has(contract)) return everyIndex(data);
  if (stems.length === 1) return stemHits(contract, data, stems[0]);
  const marks = new Uint8Array(data.sentences.length);
  for (const stem of stems) for (const i of stemHits(contract, data, stem)) marks[i] = 1;
  return collect(marks);
}

/**
 * Whether the lower-cased text holds one of the registered `stems` anywhere
 * (headings and blank-line gaps included); true when lower-casing changes the
 * text's length, as no scan is made then.
 */
export function textMentions(contract: Contract, stems: readonly string[]): boolean {
  if (EVERY_SENTENCE.has(contract)) return true;
  const data = sharedOf(contract);
  for (const stem of stems) {
    if (!REGISTERED.has(stem)) return true;
    stemHits(contract, data, stem);
    if (!data.scanned || data.seen.has(stem)) return true;
  }
  return false;
}

/** Indexes of the sentences that mention a stem of every group: an intersection of `sentencesMentioning`. */
export function sentencesMentioningAll(contract: Contract, ...groups: ReadonlyArray<readonly string[]>): readonly number[] {
  return intersectionOf(sharedOf(contract).sentences.length, ...groups.map((group) => sentencesMentioning(contract, group)));
}

/** Sorted union of index lists. */
export function unionOf(sentenceCount: number, ...lists: ReadonlyArray<readonly number[]>): number[] {
  const marks = new Uint8Array(sentenceCount);
  for (const list of lists) for (const i of list) marks[i] = 1;
  return collect(marks);
}

/** Sorted intersection of index lists. */
export function intersectionOf(sentenceCount: number, ...lists: ReadonlyArray<readonly number[]>): number[] {
  const counts = new Uint8Array(sentenceCount);
  for (const list of lists) for (const i of list) counts[i]++;
  const out: number[] = [];
  for (let i = 0; i < counts.length; i++) if (counts[i] === lists.length) out.push(i);
  return out;
}

/** Indexes (ascending) of the sentences that hold at least one of `items` whole, as `within` reads them. */
export function sentencesHolding(contract: Contract, items: ReadonlyArray<{ readonly span: Span }>): number[] {
  const data = sharedOf(contract);
  if (EVERY_SENTENCE.has(contract)) return everyIndex(data);
  const { starts, sentences } = data;
  const marks = new Uint8Array(sentences.length);
  for (const item of items) {
    const i = sentenceIndexAt(starts, item.span.start);
    if (i >= 0 && item.span.end <= sentences[i].sentence.span.end) marks[i] = 1;
  }
  return collect(marks);
}

/** Index of the last sentence starting at or before `offset`, or -1. */
function sentenceIndexAt(starts: Int32Array, offset: number): number {
  if (starts.length === 0 || starts[0] > offset) return -1;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function everyIndex(data: SharedData): number[] {
  return data.sentences.map((_, i) => i);
}

function collect(marks: Uint8Array): number[] {
  const out: number[] = [];
  for (let i = 0; i < marks.length; i++) if (marks[i]) out.push(i);
  return out;
}

// Every stem a reader declares (at module load, through `stems`), so one scan
// of the document finds them all: one automaton over the registered stems, run once.
const REGISTERED = new Set<string>();
let scanner: StemScanner | undefined;

/** Declares the stems a reader asks about, so the one scan per contract covers them. */
export function stems(...words: string[]): readonly string[] {
  for (const word of words) REGISTERED.add(word);
  return words;
}

function scannerFor(): StemScanner {
  if (!scanner || scanner.stems.length !== REGISTERED.size) scanner = buildStemScanner([...REGISTERED]);
  return scanner;
}

function stemHits(contract: Contract, data: SharedData, stem: string): readonly number[] {
  const cached = data.byStem.get(stem);
  if (cached) return cached;
  const lower = lowerText(contract);
  if (lower.length !== contract.normalized.length) {
    const every = data.sentences.map((_, i) => i);
    data.byStem.set(stem, every);
    return every;
  }
  if (REGISTERED.has(stem) && !data.scanned) {
    data.scanned = true;
    scanRegistered(data, lower, scannerFor());
  } else {
    const hits: number[] = [];
    let i = -1;
    for (let at = lower.indexOf(stem); at >= 0; at = lower.indexOf(stem, at + 1)) {
      data.seen.add(stem);
      i = sentenceBefore(data.starts, i, at);
      record(data, hits, i, at, stem.length);
    }
    data.byStem.set(stem, hits);
  }
  return data.byStem.get(stem) ?? [];
}

/** Records, for every occurrence of every registered stem, the sentence holding it whole. */
function scanRegistered(data: SharedData, lower: string, automaton: StemScanner): void {
  const { stems: all } = automaton;
  const hits = all.map((): number[] => []);
  const seen = new Uint8Array(all.length);
  let i = -1;
  automaton.scan(lower, (stem, at) => {
    seen[stem] = 1;
    // Occurrences come in order of their end: walk the sentence pointer forward
    // to the end, then back over the few sentences that may start inside the stem.
    i = sentenceBefore(data.starts, i, at + all[stem].length - 1);
    let holder = i;
    while (holder >= 0 && data.starts[holder] > at) holder--;
    record(data, hits[stem], holder, at, all[stem].length);
  });
  all.forEach((stem, index) => {
    data.byStem.set(stem, hits[index]);
    if (seen[index]) data.seen.add(stem);
  });
}

/** Moves `i` forward to the last sentence starting at or before `offset` (offsets come in ascending order). */
function sentenceBefore(starts: Int32Array, i: number, offset: number): number {
  while (i + 1 < starts.length && starts[i + 1] <= offset) i++;
  return i;
}

/** Adds `sentence` to `hits` when the stem at `at` lies wholly inside it, once per sentence. */
function record(data: SharedData, hits: number[], sentence: number, at: number, length: number): void {
  if (sentence < 0 || at + length > data.sentences[sentence].sentence.span.end) return;
  if (hits[hits.length - 1] !== sentence) hits.push(sentence);
}
