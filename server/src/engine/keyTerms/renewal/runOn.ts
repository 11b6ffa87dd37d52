import type { Contract, Sentence } from '../../model';
import { indexOf } from './grant';

// PDF copies cut sentences where a page or a column ended, and the blank lines
// left behind make two "sentences" of one:
//   "… for a primary term of ten years. Thereafter, this"
//   "Agreement shall continue month to month until terminated …"
// A fragment ending in a word no sentence or heading ends with (an article, a
// preposition, a conjunction, an auxiliary) runs on into the next one, so the
// renewal grant is read whole. Only blank space may lie between the pieces.

const DANGLING_END = /\b(?:the|a|an|this|that|these|such|its|their|any|each|of|to|for|by|with|and|or|in|on|at|from|under|upon|than|unless|until|shall|will|may|must|be)\s*$/i;
const MAX_PIECES_EACH_WAY = 2;

export interface RunOnSentence {
  readonly sentence: Sentence;
  /** Index in the document's sentences of the last piece, so neighbours are looked for after it. */
  readonly lastIndex: number;
}

export function runOnSentence(contract: Contract, all: readonly Sentence[], piece: Sentence): RunOnSentence {
  const index = indexOf(all, piece);
  if (index < 0) return { sentence: piece, lastIndex: index };
  let first = index;
  while (first > 0 && index - first < MAX_PIECES_EACH_WAY && continuesInto(contract, all[first - 1], all[first])) first--;
  let last = index;
  while (last + 1 < all.length && last - index < MAX_PIECES_EACH_WAY && continuesInto(contract, all[last], all[last + 1])) last++;
  if (first === index && last === index) return { sentence: all[index], lastIndex: index };
  return { sentence: { span: { start: all[first].span.start, end: all[last].span.end } }, lastIndex: last };
}

function continuesInto(contract: Contract, piece: Sentence, next: Sentence): boolean {
  const gap = contract.normalized.slice(piece.span.end, next.span.start);
  if (gap.trim() !== '') return false;
  return DANGLING_END.test(contract.normalized.slice(Math.max(piece.span.start, piece.span.end - 40), piece.span.end));
}
