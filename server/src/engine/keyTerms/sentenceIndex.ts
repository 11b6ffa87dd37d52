import type { Contract, Sentence, Span } from '../model';

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
// of the document finds them all: a single alternation of literals, run once.
const REGISTERED = new Set<string>();
let scanner: { readonly size: number; readonly pattern: RegExp; readonly prefixes: ReadonlyMap<string, readonly string[]> } | undefined;

/** Declares the stems a reader asks about, so the one scan per contract covers them. */
export function stems(...words: string[]): readonly string[] {
  for (const word of words) REGISTERED.add(word);
  return words;
}

function scannerFor(): NonNullable<typeof scanner> {
  if (scanner && scanner.size === REGISTERED.size) return scanner;
  // Longest first, so at one position the longest stem matches; the shorter
  // stems that are its prefixes match there too (listed in `prefixes`).
  const all = [...REGISTERED].sort((a, b) => b.length - a.length);
  const prefixes = new Map(all.map((stem) => [stem, all.filter((other) => other !== stem && stem.startsWith(other))]));
  scanner = { size: REGISTERED.size, pattern: new RegExp(all.map(escape).join('|'), 'g'), prefixes };
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
    const { pattern, prefixes } = scannerFor();
    for (const registered of REGISTERED) data.byStem.set(registered, []);
    scan(data, lower, pattern, prefixes);
  } else {
    data.byStem.set(stem, []);
    scan(data, lower, new RegExp(escape(stem), 'g'), new Map([[stem, []]]));
  }
  return data.byStem.get(stem) ?? [];
}

/** Records, for every match of `pattern` (and every stem that is a prefix of it), the sentence holding it whole. */
function scan(data: SharedData, lower: string, pattern: RegExp, prefixes: ReadonlyMap<string, readonly string[]>): void {
  const { starts, sentences } = data;
  let i = -1;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(lower); m !== null; m = pattern.exec(lower)) {
    const at = m.index;
    // Matches come in document order: walk the sentence pointer forward.
    while (i + 1 < starts.length && starts[i + 1] <= at) i++;
    pattern.lastIndex = at + 1;
    data.seen.add(m[0]);
    for (const shorter of prefixes.get(m[0]) ?? []) data.seen.add(shorter);
    if (i < 0) continue;
    const end = sentences[i].sentence.span.end;
    record(data, m[0], i, at, end);
    for (const shorter of prefixes.get(m[0]) ?? []) record(data, shorter, i, at, end);
  }
}

function record(data: SharedData, stem: string, sentence: number, at: number, end: number): void {
  if (at + stem.length > end) return;
  const list = data.byStem.get(stem) as number[] | undefined;
  if (list && list[list.length - 1] !== sentence) list.push(sentence);
}

function escape(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
}
