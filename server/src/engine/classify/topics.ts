// PLACEHOLDER (being replaced): the signature is fixed.
import type { Sentence, Topic } from '../model';

export function classifyTopics(normalized: string, sentences: readonly Sentence[]): Map<Topic, Sentence[]> {
  void normalized; void sentences;
  return new Map();
}
