// What a clause grants, requires or refuses, and to whom. The modal words of
// legal English are few and stable: permissions (may, can, is entitled to, has
// the right to, at its option, wishing to), obligations (shall, must, will,
// agrees to) and their refusals (shall not, may not, no … shall, neither …
// nor, in no event, is not entitled, waives). Finding the first of them in a
// clause gives its subject (the words before it), its verb and object (the
// words after), and its polarity.
import type { Modality } from './types';

export interface ModalReading {
  readonly modality: Modality;
  readonly negated: boolean;
  /** Offset of the modal words in the clause, -1 for a statement. */
  readonly modalAt: number;
  /** The words before the modal that name who holds it (or, after a transfer "permit X to", X). */
  readonly subjectWords: string;
  readonly verb: string;
  readonly passive: boolean;
  readonly object: string;
}

// Each alternative is a kind of modal; a regex alternation tries them in order at each position, so a compound
// ("shall have the right") wins over its first word ("shall"). Gaps are bounded, nothing nests.
const FILL = String.raw`(?:(?:the|a|an|any|no|its|their|his|her|sole|full|absolute|unilateral|exclusive|irrevocable|also|then|hereby|not|further|additional|express|continuing|same|limited|independent)\s+){0,3}`;
const PATTERNS: ReadonlyArray<readonly [Modality | 'waive' | 'transfer', RegExp]> = [
  // "shall (not) have the right / option", "is (not) entitled", "has no right", "reserves the right", "is free to".
  ['permission', new RegExp(String.raw`\b(?:(?:shall|will|may|must|should|would|does|do)\s+(?:not\s+|never\s+|in\s+no\s+event\s+|at\s+no\s+time\s+)?)?(?:have|has|had|having|retains?|reserves?|possess(?:es)?|is|are|be|been|being|remains?|becomes?)\s+${FILL}(?:right|rights|option|power|authority|entitled|permitted|authori[sz]ed|free|able|allowed)\b`)],
  ['waive', /\b(?:hereby\s+)?(?:waives?|relinquish(?:es)?|surrenders?|forgoes?)\s+(?:\S+\s+){0,3}?(?:rights?|option|entitlement)\b/],
  // "X shall permit / allow Y to audit": the right passes to Y.
  ['transfer', /\b(?:(?:shall|will|must|may|agrees?\s+to)\s+(?:not\s+)?)?(?:permit|allow|authori[sz]e|enable|entitle)s?\b(?=\s)/],
  ['permission', /\bmay\b(?!\s+\d)|\b(?:can|could|might|cannot|can't)\b|\bat\s+(?:its|their|his|her)\s+(?:sole\s+|absolute\s+|own\s+)?(?:option|election|discretion)\b/],
  ['permission', /\b(?:wishing|wishes|wish|desiring|desires|desire|electing|elects|elect|choosing|chooses|choose|deciding|decides|decide|intending|intends|intend)\s+to\b/],
  ['obligation', /\b(?:shall|must|will|won't)\b|\b(?:agrees?|undertakes?|covenants?|commits?|promises?)\s+(?:not\s+)?to\b|\b(?:is|are|be|shall\s+be)\s+(?:not\s+)?(?:required|obliged|obligated|bound|responsible)\b/],
  ['permission', /\b(?:right|option|entitlement)\s+to\b/],
];

/** A refusal written into the subject or before the modal: "neither party", "no licensee", "in no event", "nothing in". */
const NEGATED_SUBJECT = /(?:^|\s)(?:neither|no|nothing|none|nor)\b|\bin\s+no\s+(?:event|case)\b|\bunder\s+no\s+circumstances?\b|\bat\s+no\s+time\b/;
/** The modal itself refused: "may not", "shall not", "cannot", "is not entitled", "has no right". */
const NEGATED_MODAL = /\bnot\b|\bnever\b|\bno\b|\bcannot\b|\bcan't\b|\bwon't\b|\bin\s+no\s+event\b|\bat\s+no\s+time\b/;
/** "Nothing … shall prevent / limit X from …": a refusal of a refusal, so a permission. */
const DOUBLE_NEGATION = /\b(?:prevent|prohibit|preclude|restrict|limit|bar|impair|prejudice|affect)s?\b/;

const SKIP_WORDS = new Set([
  'not', 'also', 'only', 'then', 'thereupon', 'thereafter', 'hereby', 'further', 'immediately', 'forthwith', 'still',
  'either', 'jointly', 'severally', 'nevertheless', 'however', 'therefore', 'at', 'any', 'time', 'all', 'times',
]);

export function readModality(lower: string): ModalReading {
  let best: { kind: Modality | 'waive' | 'transfer'; at: number; end: number; text: string } | null = null;
  for (const [kind, pattern] of PATTERNS) {
    const m = pattern.exec(lower);
    if (!m || (best !== null && m.index >= best.at)) continue;
    // "permit" with no one after it to hold the right ("as the law permits") is no modal of its own.
    if (kind === 'transfer' && !/^\s+.{1,100}?\s+to\s+/.test(lower.slice(m.index + m[0].length))) continue;
    best = { kind, at: m.index, end: m.index + m[0].length, text: m[0] };
  }
  if (!best) return { modality: 'statement', negated: NEGATED_SUBJECT.test(lower), modalAt: -1, subjectWords: '', verb: '', passive: false, object: '' };
  const before = lower.slice(0, best.at);
  let subjectWords = before;
  let negated = NEGATED_SUBJECT.test(before) || (best.kind !== 'transfer' && NEGATED_MODAL.test(best.text));
  let modality: Modality = best.kind === 'obligation' ? 'obligation' : 'permission';
  if (best.kind === 'waive') negated = true;
  let rest = lower.slice(best.end);
  // "In no event shall either party …": the subject follows the modal.
  if (/\b(?:in\s+no\s+(?:event|case)|under\s+no\s+circumstances?|at\s+no\s+time|nor)\s*,?\s*$/.test(before)) {
    const inverted = /^\s+((?:(?:the|either|each|any|neither|both|a|of|such|other)\s+){0,3}[\w'\u2019-]+)/.exec(rest);
    if (inverted) {
      subjectWords = inverted[1];
      rest = rest.slice(inverted[0].length);
    }
  }
  if (/^\s*not\b/.test(rest)) {
    negated = true;
    rest = rest.replace(/^\s*not\b/, '');
  }
  if (best.kind === 'transfer') {
    // "shall permit Customer (or its auditors) to inspect": the holder is between the verb and "to".
    const to = /^\s+(.{1,100}?)\s+to\s+/.exec(rest);
    if (to && !/[;]/.test(to[1])) {
      subjectWords = to[1];
      rest = rest.slice(to[0].length - 1);
      modality = 'permission';
      negated = NEGATED_SUBJECT.test(before) || NEGATED_MODAL.test(best.text);
    } else {
      modality = /^(?:shall|will|must|agree)/.test(best.text) ? 'obligation' : 'permission';
    }
  }
  // "Nothing in this Agreement shall prevent Customer from terminating": permission held by the one not prevented.
  if (negated && /\bnothing\b/.test(before) && DOUBLE_NEGATION.test(rest.slice(0, 40))) {
    const from = /^\s*\w+\s+(?:or\s+\w+\s+)?(.{1,80}?)\s+from\s+/.exec(rest);
    if (from) {
      return { ...verbAfter(rest.slice(from[0].length - 1)), modality: 'permission', negated: false, modalAt: best.at, subjectWords: from[1] };
    }
  }
  // A permission noun is followed by "to <verb>", perhaps after an aside: "the right, upon notice, to terminate".
  if (/\b(?:right|rights|option|power|authority|entitled|permitted|authori[sz]ed|free|able|allowed|entitlement|wishing|wishes|wish|desiring|desires|desire|electing|elects|elect|choosing|chooses|choose|deciding|decides|decide|intending|intends|intend)(?:\s+to)?$/.test(best.text)) {
    if (!/\bto$/.test(best.text)) {
      const to = /^[^;]{0,160}?\bto\s+/.exec(rest);
      if (to && !/\b(?:shall|will|may|must)\b/.test(to[0])) rest = rest.slice(to[0].length - 1);
    }
  }
  return { modality, negated, modalAt: best.at, subjectWords, ...verbAfter(rest) };
}

export function verbAfter(rest: string): Pick<ModalReading, 'verb' | 'passive' | 'object'> {
  let at = 0;
  const word = /\s*(?:\([^)]{0,80}\)|,[^,;]{0,120},|[\w'\u2019-]+)/y;
  for (let guard = 0; guard < 14; guard++) {
    word.lastIndex = at;
    const m = word.exec(rest);
    if (!m) break;
    const w = m[0].trim();
    const skip = w.startsWith('(') || w.startsWith(',') || SKIP_WORDS.has(w) || /ly$/.test(w) || w === 'to';
    if (!skip) {
      const afterVerb = rest.slice(at + m[0].length);
      if (w === 'be' || w === 'been' || w === 'become') {
        const participle = /^\s+(?:\w+ly\s+)?([\w-]+)/.exec(afterVerb);
        if (participle && /(?:ed|en|wn|ne|nt|id|ld|un|ught)$/.test(participle[1])) {
          return { verb: `be ${participle[1]}`, passive: true, object: afterVerb.slice(participle[0].length).trim() };
        }
      }
      return { verb: w, passive: false, object: afterVerb.trim() };
    }
    at += m[0].length;
  }
  return { verb: '', passive: false, object: rest.trim() };
}
