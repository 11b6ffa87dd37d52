import type { Sentence, Topic } from '../model';

// Which sentences talk about what. Rules look sentences up by topic instead of
// each scanning the whole draft, so the text is searched once, here, with one
// alternation of literal cues (linear: no nested quantifiers).

const CUES: ReadonlyArray<readonly [Topic, readonly string[]]> = [
  ['term', ['initial term', 'term of this agreement', 'term of the agreement', 'subscription term', 'subscription period', 'shall commence', 'will commence', 'remain in effect', 'remain in full force', 'continue in full force', 'continue in effect', 'expire', 'expiration']],
  ['renewal', ['renew', 'nonrenew', 'non-renew', 'non-renewal', 'nonrenewal', 'extend', 'extension', 'evergreen', 'successive', 'year to year', 'year-to-year', 'month to month', 'month-to-month', 'tacit', 'automatically continue', 'continue thereafter', 'indefinitely', 'indefinite period', 'until terminated', 'after that', 'thereafter continue', 'roll over', 'rollover']],
  ['non-renewal-notice', ['non-renewal', 'nonrenewal', 'not to renew', 'not renew', 'prior to the end', 'prior to the expiration', 'prior to expiration', 'prior to the expiry', 'before the end', 'before the expiration', 'before expiration', 'prior to the anniversary', 'prior written notice', 'notice of termination', 'intent to terminate', 'intention to terminate', 'prior notice']],
  ['price-increase', ['price increase', 'increase', 'increasing', 'then-current', 'then current', 'list price', 'consumer price index', 'cpi', 'uplift', 'adjust the fee', 'adjust fee', 'fee adjustment', 'price adjustment', 'pricing adjustment', 'escalat']],
  ['termination', ['terminat']],
  ['effective-date', ['effective date', 'effective as of', 'dated as of', 'entered into as of', 'entered into on', 'made as of', 'made and entered into', 'entered into this']],
  ['sla', ['uptime', 'availability', 'service level', 'available', 'downtime']],
  ['service-credit', ['service credit', 'credit']],
  ['data-protection', ['personal data', 'personal information', 'data processing', 'processor', 'gdpr', 'privacy', 'data protection']],
  ['data-export', ['export', 'retriev', 'return of customer data', 'return customer data', 'portability']],
];

const TOPIC_BY_CUE = new Map<string, Topic[]>();
for (const [topic, cues] of CUES) {
  for (const cue of cues) TOPIC_BY_CUE.set(cue, [...(TOPIC_BY_CUE.get(cue) ?? []), topic]);
}

// Longest cues first so "non-renewal" wins over "non-renew" at the same position.
const CUE_PATTERN = new RegExp(
  `\\b(?:${[...TOPIC_BY_CUE.keys()].sort((a, b) => b.length - a.length).map(escape).join('|')})`,
  'gi',
);

/** Sentences by topic, each list in document order; a sentence may have several topics. */
export function classifyTopics(normalized: string, sentences: readonly Sentence[]): Map<Topic, Sentence[]> {
  const byTopic = new Map<Topic, Sentence[]>();
  if (sentences.length === 0) return byTopic;
  const lastAdded = new Map<Topic, Sentence>();
  CUE_PATTERN.lastIndex = 0;
  for (let m = CUE_PATTERN.exec(normalized); m !== null; m = CUE_PATTERN.exec(normalized)) {
    const sentence = sentenceAt(sentences, m.index);
    if (!sentence) continue;
    for (const topic of TOPIC_BY_CUE.get(m[0].toLowerCase()) ?? []) {
      if (lastAdded.get(topic) === sentence) continue;
      lastAdded.set(topic, sentence);
      const list = byTopic.get(topic);
      if (list) list.push(sentence);
      else byTopic.set(topic, [sentence]);
    }
  }
  return byTopic;
}

/** The sentence containing `offset`, by binary search over sentences sorted by start. */
export function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid].span.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  const s = sentences[lo];
  // A draft of headings only has no sentences at all.
  return s !== undefined && s.span.start <= offset && offset < s.span.end ? s : undefined;
}

function escape(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
}
