import type { Contract } from '../../model';
import type { ScannedSentence } from '../dpa/sentenceScan';
import { documentSentences, intersectionOf, sentencesHolding, sentencesMentioning, sentencesMentioningAll, stems, unionOf } from '../sentenceIndex';
import * as postTermination from './postTerminationCues';

// Which sentences each exit reader can act on. A sentence holding none of a
// reader's stems (one literal word from each alternative of its first cue
// patterns) fails those patterns, so the reader would skip it anyway. Keep the
// stems in step with cues.ts and postTerminationCues.ts.

/** cue.EXPORT: the "make … available for" alternative needs download/export/retrieval too. */
const EXPORT_STEMS = stems('export', 'retriev', 'download', 'extract', 'portab', 'migrat', 'copy', 'return');
/** cue.ACCESS and cue.DELETE, which a duration needs beside it to count. */
const ACCESS_OR_DELETE_STEMS = stems('access', 'retriev', 'export', 'download', 'available', 'continue', 'extract', 'delet', 'destr', 'eras', 'purg');
/** cue.IMMEDIATE_END and cue.ACCESS_ENDS. */
const ENDS_NOW_STEMS = stems('immediately', 'longer', 'access', 'right', 'cease');
/** cue.TRANSITION (cues.ts). */
const TRANSITION_STEMS = stems('transition', 'migration', 'assist', 'disentangle');
/** postTerminationCues.WHEN: the end nouns and wind-down words… */
const WHEN_STEMS = stems('terminat', 'expir', 'cancel', 'wind', 'wound', 'sell', 'transition');
/** …and "months after the term", "during the term and two years thereafter". */
const TERM_STEMS = stems('term');
const AFTER_TERM_STEMS = stems('after', 'following', 'beyond', 'thereafter');
/** …and "from the end of the Contracted Period" (spaced any way, so the words are separate stems). */
const END_STEMS = stems('end');
const WHAT_ENDS_STEMS = stems('term', 'agreement', 'period');
const END_OF = /\bend\s+of\s+(?:the|this)\s/;

export function exportCandidates(contract: Contract): readonly number[] {
  return sentencesMentioning(contract, EXPORT_STEMS);
}

/** Sentences that can set a timing: an access or deletion word with a duration (not hours or years), or access ending now. */
export function timingCandidates(contract: Contract): readonly number[] {
  const count = documentSentences(contract).length;
  const durations = contract.facts.durations.filter((d) => d.unit !== 'hour' && d.unit !== 'year');
  return unionOf(
    count,
    intersectionOf(count, sentencesMentioning(contract, ACCESS_OR_DELETE_STEMS), sentencesHolding(contract, durations)),
    sentencesMentioning(contract, ENDS_NOW_STEMS),
  );
}

export function transitionCandidates(contract: Contract): readonly number[] {
  return sentencesMentioning(contract, TRANSITION_STEMS);
}

/** Sentences where an after-the-end duty can start: an end word, or a section headed by the end's consequences. */
export function postTerminationCandidates(contract: Contract, sentences: readonly ScannedSentence[], titles: readonly string[]): readonly number[] {
  const underEndHeading: number[] = [];
  const endHeading = titles.map((t) => postTermination.END_HEADING.test(t));
  sentences.forEach((s, i) => {
    if (endHeading[s.headingIndex]) underEndHeading.push(i);
  });
  return unionOf(
    sentences.length,
    underEndHeading,
    sentencesMentioning(contract, WHEN_STEMS),
    sentencesMentioningAll(contract, TERM_STEMS, AFTER_TERM_STEMS),
    // "end" is inside many words (amendment, pending): keep only the sentences that say "end of the/this".
    sentencesMentioningAll(contract, END_STEMS, WHAT_ENDS_STEMS).filter((i) => END_OF.test(sentences[i].lower)),
  );
}
