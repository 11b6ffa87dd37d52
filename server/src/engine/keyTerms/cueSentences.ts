import type { Contract, Sentence } from '../model';
import { sentenceAt } from '../classify/topics';
import { everySentenceIsCandidate, sharedValue } from './sentenceIndex';

// The commercial readers (governing law, liability cap, termination for
// convenience, minimum commitment) each look for a few cue phrases. Instead of
// lowering every sentence, one global search over the normalised text finds the
// cues and the sentences that hold them.

export interface CueSentence {
  readonly sentence: Sentence;
  /** The sentence text, lower-cased; offsets are relative to sentence.span.start. */
  readonly lower: string;
}

const SENTENCES = new WeakMap<Contract, readonly Sentence[]>();

/** Every sentence of the draft's clauses, in document order (computed once per contract). */
export function allSentences(contract: Contract): readonly Sentence[] {
  let found = SENTENCES.get(contract);
  if (!found) {
    found = contract.clauses.flatMap((c) => c.sentences);
    SENTENCES.set(contract, found);
  }
  return found;
}

/** Sentences holding at least one match of `cue` (a case-insensitive global pattern), in document order, each once. */
export function sentencesWithCue(contract: Contract, cue: RegExp): CueSentence[] {
  const sentences = allSentences(contract);
  const out: CueSentence[] = [];
  if (sentences.length === 0) return out;
  // Several readers find the same sentences: lower each once per contract.
  const lowered = sharedValue(contract, 'cueSentences/lower', () => new Map<Sentence, string>());
  const lowerOf = (sentence: Sentence): string => {
    let lower = lowered.get(sentence);
    if (lower === undefined) {
      lower = contract.normalized.slice(sentence.span.start, sentence.span.end).toLowerCase();
      lowered.set(sentence, lower);
    }
    return lower;
  };
  // The cue decides which sentences a reader reads, so with the filters off
  // (tests) it still runs, but on each sentence alone: the one global scan
  // below must find exactly those sentences.
  if (everySentenceIsCandidate(contract)) {
    const single = new RegExp(cue.source, cue.flags.replace('g', ''));
    return sentences
      .filter((sentence) => single.test(contract.normalized.slice(sentence.span.start, sentence.span.end)))
      .map((sentence) => ({ sentence, lower: lowerOf(sentence) }));
  }
  const pattern = new RegExp(cue.source, cue.flags.includes('g') ? cue.flags : `${cue.flags}g`);
  let last: Sentence | undefined;
  for (let m = pattern.exec(contract.normalized); m !== null; m = pattern.exec(contract.normalized)) {
    if (m[0].length === 0) pattern.lastIndex++;
    const sentence = sentenceAt(sentences, m.index);
    if (!sentence || sentence === last) continue;
    last = sentence;
    out.push({ sentence, lower: lowerOf(sentence) });
  }
  return out;
}
