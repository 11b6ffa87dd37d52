import type { Contract, Span } from '../../model';
import { documentSentences, sentencesMentioning, stems } from '../sentenceIndex';

// Which sentences the limitation patterns (patterns.ts) can match. Every pattern
// needs one of these literal words, so a sentence without any fails them all;
// the shared stem index finds them in the one scan it makes for every reader.
// Keep the list in step with the patterns.

const LIMIT_STEMS = stems(
  // "liability" / "liable": the caps and most exclusions.
  'liabilit', 'liable',
  // Exclusions worded without "liable" ("responsible for consequential losses", "waives punitive damages").
  'indirect', 'incidental', 'consequential', 'punitive', 'exemplary',
  // A cap on liquidated damages.
  'liquidated',
  // Sole and exclusive remedies.
  'remed',
  // Time bars: the verb of bringing a claim ("filed" is left out: it mostly names filings with a regulator).
  'brought', 'commenced', 'instituted',
);

export interface CandidateSentence {
  readonly span: Span;
  /** The sentence lower-cased. */
  readonly lower: string;
}

/** The sentences that may limit liability, in document order. */
export function limitCandidates(contract: Contract): CandidateSentence[] {
  const sentences = documentSentences(contract);
  return sentencesMentioning(contract, LIMIT_STEMS).map((i) => {
    const { span } = sentences[i].sentence;
    return { span, lower: contract.normalized.slice(span.start, span.end).toLowerCase() };
  });
}
