import type { Contract, Sentence } from '../model';
import { sentenceAt } from '../classify/topics';
import { sharedValue } from './sentenceIndex';

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
  const pattern = new RegExp(cue.source, cue.flags.includes('g') ? cue.flags : `${cue.flags}g`);
  // Several readers find the same sentences: lower each once per contract.
  const lowered = sharedValue(contract, 'cueSentences/lower', () => new Map<Sentence, string>());
  let last: Sentence | undefined;
  for (let m = pattern.exec(contract.normalized); m !== null; m = pattern.exec(contract.normalized)) {
    if (m[0].length === 0) pattern.lastIndex++;
    const sentence = sentenceAt(sentences, m.index);
    if (!sentence || sentence === last) continue;
    last = sentence;
    let lower = lowered.get(sentence);
    if (lower === undefined) {
      lower = contract.normalized.slice(sentence.span.start, sentence.span.end).toLowerCase();
      lowered.set(sentence, lower);
    }
    out.push({ sentence, lower });
  }
  return out;
}
