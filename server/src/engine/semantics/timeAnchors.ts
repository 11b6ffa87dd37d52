// When a clause applies, relative to the end of the agreement or to another
// event: "upon termination", "for ninety (90) days after expiration",
// "within thirty (30) days of", "no later than sixty (60) days before the end
// of the then-current term". Readers of post-termination duties, notice
// periods and deadlines ask for these instead of matching them again.
import type { TimeAnchor } from './types';

// "the end" is the agreement's only when no shorter period follows: "after the end of each quarter" is a deadline.
const PERIOD_END = String.raw`(?:end|conclusion)\b(?!\s+of\s+(?:each|every|any|the\s+(?:month|quarter|year|week|day|calendar|billing|fiscal|financial|relevant|applicable)|a\s|such\s+(?:month|quarter|year|period)))`;
const END = String.raw`(?:the\s+|any\s+|such\s+)?(?:effective\s+date\s+of\s+)?(?:termination|expiration|expiry|cancell?ation|${PERIOD_END})\b`;
const ANCHORS: ReadonlyArray<readonly [TimeAnchor['relation'], RegExp]> = [
  ['after-end', new RegExp(String.raw`\b(?:upon|on|after|following|from|subsequent\s+to|in\s+the\s+event\s+of|at\s+the\s+time\s+of)\s+(?:\S+\s+){0,2}?${END}|\b(?:survive|survives|surviving|survival\s+of)\b|\bpost-?(?:termination|expiration)\b|\b(?:after|following)\s+(?:this\s+agreement|the\s+agreement)\s+(?:ends|terminates|expires)\b|\bthereafter\b(?=[^.;]{0,40}\b(?:termination|expiration)\b)`, 'g')],
  ['before-end', new RegExp(String.raw`\b(?:before|prior\s+to|preceding|in\s+advance\s+of|ahead\s+of)\s+(?:\S+\s+){0,3}?(?:${PERIOD_END}|expiration|expiry|termination|renewal|anniversary|commencement)`, 'g')],
  ['within', /\bwithin\s+(?:\S+\s+){0,3}?(?:hours?|days?|business\s+days?|weeks?|months?)\b/g],
  ['at-end', /\b(?:at|on)\s+(?:the\s+)?(?:end|expiration|expiry)\s+of\b/g],
];

/** Every time anchor in a lower-cased sentence, in order; spans are absolute (the sentence starts at `offset`). */
export function findTimeAnchors(lower: string, offset: number): TimeAnchor[] {
  const out: TimeAnchor[] = [];
  for (const [relation, pattern] of ANCHORS) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(lower); m !== null; m = pattern.exec(lower)) {
      out.push({ relation, text: m[0], span: { start: offset + m.index, end: offset + m.index + m[0].length } });
    }
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}
