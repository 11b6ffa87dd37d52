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
const PATTERNS: ReadonlyArray<readonly [Modality | 'waive' | 'transfer' | 'able' | 'until' | 'prohibit', RegExp]> = [
  // "is terminable by either party", "shall not be assignable": a passive permission in one word.
  ['able', /\b(?:is|are|be|shall\s+be|will\s+be|remains?)\s+(?:not\s+)?(?:freely\s+)?(?:terminable|cancell?able|assignable|transferable|revocable)\b/],
  // "shall (not) have the right / option", "is (not) entitled", "has no right", "reserves the right", "is free to".
  ['permission', new RegExp(String.raw`\b(?:(?:shall|will|may|must|should|would|does|do)\s+(?:not\s+|never\s+|in\s+no\s+event\s+|at\s+no\s+time\s+)?(?:also\s+|further\s+|then\s+|thereupon\s+|additionally\s+)?)?(?:have|has|had|having|retains?|reserves?|possess(?:es)?|is|are|be|been|being|remains?|becomes?)\s+${FILL}(?:right|rights|option|power|authority|entitled|permitted|authori[sz]ed|free|able|allowed)\b`)],
  // "shall be prohibited from selling", "is precluded from": a refused permission.
  ['prohibit', /\b(?:is|are|be|shall\s+be|will\s+be|remains?)\s+(?:\w+\s+)?(?:prohibited|precluded|barred|forbidden|restrained|enjoined)\s+from\b/],
  ['waive', /\b(?:hereby\s+)?(?:waives?|relinquish(?:es)?|surrenders?|forgoes?)\s+(?:\S+\s+){0,3}?(?:rights?|option|entitlement)\b/],
  // "X shall permit / allow Y to audit": the right passes to Y.
  ['transfer', /\b(?:(?:shall|will|must|may|agrees?\s+to)\s+(?:not\s+)?)?(?:permit|allow|authori[sz]e|enable|entitle)s?\b(?=\s)/],
  // "may" the month: after "in", "during", "of" …, or before a year, a day or another modal ("the fees for May shall").
  ['permission', /(?<!\b(?:in|during|of|until|from|since|through|early|late|mid|each|every|last|next|before|after)\s)\bmay\b(?!\s+(?:\d|shall\b|will\b|must\b|may\b|(?:and|or|to|through)\s+(?:june|april)\b))|\b(?:can|could|might|cannot|can't)\b/],
  ['permission', /\b(?:wishing|wishes|wish|desiring|desires|desire|electing|elects|elect|choosing|chooses|choose|deciding|decides|decide|intending|intends|intend)\s+to\b/],
  // "shall (not) be required to", "is under no obligation to", "has no duty to": the compound before its first word.
  ['obligation', /\b(?:shall|will|must)\s+(?:not\s+|never\s+|in\s+no\s+event\s+|at\s+no\s+time\s+)?be\s+(?:required|obliged|obligated|bound|compelled)\s+to\b|\b(?:is|are|be|being|shall\s+be|will\s+be)\s+(?:not\s+)?under\s+(?:an?\s+|any\s+|no\s+)?(?:\w+\s+)?(?:obligation|duty)\s+to\b|\b(?:(?:shall|will|does|do)\s+(?:not\s+)?)?(?:have|has|had|having|owes?)\s+(?:an?\s+|any\s+|no\s+|the\s+)(?:\w+\s+)?(?:obligation|duty)\s+to\b|\b(?:shall|must|will|won't)\b|\b(?:agrees?|undertakes?|covenants?|commits?|promises?)\s+(?:not\s+)?to\b|\b(?:is|are|be|shall\s+be)\s+(?:not\s+)?(?:required|obliged|obligated|bound|responsible)\b/],
  ['permission', /\b(?:right|option|entitlement)\s+to\b/],
  // "continues until terminated by either party", "until either party gives notice of termination": the end is a party's choice.
  ['until', /\buntil\s+(?=(?:terminated|cancell?ed)\s+by\b|(?:either|any|one|each)\s+(?:of\s+the\s+)?part(?:y|ies)\s+(?:\S+\s+){0,12}?(?:notice|notif\w*|informs?)\b)/],
];

/** "at its option" marks a permission only where no other modal does: "Provider shall, at its option, repair" is a duty. */
const AT_OPTION = /\bat\s+(?:its|their|his|her)\s+(?:sole\s+|absolute\s+|own\s+)?(?:option|election|discretion)\b/;
/** A refusal written between the modal and its verb: "shall never", "shall in no event", "may at no time". */
const NEGATING_ADVERB = /^\s*,?\s*(?:not|never|no\s+longer|in\s+no\s+(?:event|case)|at\s+no\s+time|under\s+no\s+circumstances?)\b/;
/** Words after "entitled to" / "right to" that open a noun phrase, not a verb: "entitled to a refund". */
const DETERMINER = /^\s*(?:to\s+)?(?:a|an|the|any|all|such|its|their|his|her|this|that|these|those|each|every|no|some|one|full|prompt)\b/;

/** A refusal written into the subject or before the modal: "neither party", "no licensee", "in no event", "nothing in". */
const NEGATED_SUBJECT = /(?:^|\s)(?:neither|no|nothing|none|nor)\b|\bin\s+no\s+(?:event|case)\b|\bunder\s+no\s+circumstances?\b|\bat\s+no\s+time\b/;
/** A denied main verb without a modal: "does not include", "is not guaranteed", "has not agreed". */
const AUXILIARY_DENIAL = /\b(?:does|do|did|is|are|was|were|has|have)\s+not\b|\b(?:doesn't|don't|isn't|aren't)\b/;

/** A refusal that governs the whole clause from wherever it stands before the modal. */
const NEGATED_ADVERBIAL = /\bin\s+no\s+(?:event|case)\b|\bunder\s+no\s+circumstances?\b|\bat\s+no\s+time\b|\bnothing\b/;

/**
 * The words that name the subject: the last comma-separated piece before the modal that names anyone, so that
 * "At any time that no order is open, either party" yields "either party" and "Customer, at its option," yields
 * "Customer".
 */
function subjectOf(before: string): string {
  const pieces = before.split(',');
  for (let i = pieces.length - 1; i >= 0; i--) {
    if (/\b(?:part(?:y|ies)|either|each|neither|both|no|nothing|none|[a-z]{3,})\s*$/.test(pieces[i]) && !/^\s*(?:at|in|on|upon|by|with|after|for|acting|subject)\b/.test(pieces[i])) return pieces[i];
  }
  return pieces[pieces.length - 1];
}

/** The modal itself refused: "may not", "shall not", "cannot", "is not entitled", "has no right". */
const NEGATED_MODAL = /\bnot\b|\bnever\b|\bno\b|\bcannot\b|\bcan't\b|\bwon't\b|\bin\s+no\s+event\b|\bat\s+no\s+time\b/;
/** "Nothing … shall prevent / limit X from …": a refusal of a refusal, so a permission. */
const DOUBLE_NEGATION = /\b(?:prevent|prohibit|preclude|restrict|limit|bar|impair|prejudice|affect)s?\b/;

const SKIP_WORDS = new Set([
  'not', 'also', 'only', 'then', 'thereupon', 'thereafter', 'hereby', 'further', 'immediately', 'forthwith', 'still',
  'either', 'jointly', 'severally', 'nevertheless', 'however', 'therefore', 'first', 'each', 'both', 'itself',
  'themselves', 'duly', 'soon', 'again',
]);
/** Verbs that end in "-ly" like an adverb: "shall comply", "may apply", "will supply". */
const LY_VERBS = new Set(['comply', 'apply', 'supply', 'rely', 'reply', 'multiply', 'imply', 'ally', 'rally', 'tally', 'fly', 'resupply', 'reapply']);
/** Past participles a suffix does not tell: "be kept", "be made", "be set", "be bound". */
const IRREGULAR_PARTICIPLES = new Set([
  'kept', 'made', 'set', 'put', 'cut', 'let', 'met', 'read', 'found', 'bound', 'hit', 'shut', 'laid', 'led', 'fed', 'struck',
  'stuck', 'hung', 'won', 'spread', 'sold', 'told', 'quit', 'rid', 'built', 'dealt', 'meant', 'lost', 'left', 'felt', 'upheld',
  'withheld', 'held', 'understood', 'sought', 'bought', 'brought', 'taught', 'caught', 'thought', 'sent', 'spent', 'lent', 'borne',
  'sworn', 'torn', 'worn', 'done', 'gone', 'seen', 'overseen', 'undertaken', 'forgone', 'paid', 'said', 'sat', 'stood', 'shed',
]);
/** What cannot head the complement of "be": "shall be in breach", "shall be at Customer's cost" keep the verb "be". */
const NOT_A_COMPLEMENT = /^(?:in|on|at|to|for|of|by|with|from|as|into|under|within|the|a|an|any|such|its|their|his|her|this|that|these|those|no|not|so|more|less|than|\d.*)$/;

/**
 * A modal inside an "as …" comparative belongs to it, not to the clause: "as the case may be", "such address as Customer
 * may designate", "such other date as the parties may agree". Blanked (same length) before the modal is looked for.
 */
const AS_CLAUSE = /\bas\s+(?:[\w'\u2019-]+\s+){0,4}?(?:may|shall|will|must|can)\s+(?:reasonably\s+|otherwise\s+|mutually\s+)?[\w-]+/g;

/** `nested`: reading the right a "nothing shall limit" clause preserves; that reading looks no further (one level only). */
export function readModality(lower: string, nested = false): ModalReading {
  let best: { kind: Modality | 'waive' | 'transfer' | 'able' | 'until' | 'prohibit'; at: number; end: number; text: string } | null = null;
  const scan = lower.replace(AS_CLAUSE, (m) => ' '.repeat(m.length));
  for (const [kind, pattern] of PATTERNS) {
    const m = pattern.exec(scan);
    if (!m || (best !== null && m.index >= best.at)) continue;
    // "permit" with no one after it to hold the right ("as the law permits") is no modal of its own.
    if (kind === 'transfer' && !/^\s+.{1,100}?\s+to\s+/.test(lower.slice(m.index + m[0].length))) continue;
    best = { kind, at: m.index, end: m.index + m[0].length, text: m[0] };
  }
  // "This Agreement shall continue until terminated by either party": who may end it matters more than that it continues.
  if (best?.kind === 'obligation' && /^(?:shall|will)$/.test(best.text)) {
    const until = PATTERNS.find(([kind]) => kind === 'until')?.[1].exec(lower);
    if (until) best = { kind: 'until', at: until.index, end: until.index + until[0].length, text: until[0] };
  }
  if (!best) {
    const option = AT_OPTION.exec(lower);
    if (option) best = { kind: 'permission', at: option.index, end: option.index + option[0].length, text: option[0] };
  }
  const denial = AUXILIARY_DENIAL.exec(lower);
  // "This Licence does not include a minimum royalty", "You are not guaranteed that any amount will be spent": the
  // main verb is denied; a modal inside its that-clause belongs to the subordinate, not to the clause.
  if (denial && (!best || denial.index < best.at && /\bthat\b/.test(lower.slice(denial.index, best.at)))) {
    const after = verbAfter(lower.slice(denial.index + denial[0].length));
    return { modality: 'statement', negated: true, modalAt: denial.index, subjectWords: subjectOf(lower.slice(0, denial.index)), ...after };
  }
  if (!best) return { modality: 'statement', negated: NEGATED_SUBJECT.test(lower), modalAt: -1, subjectWords: '', verb: '', passive: false, object: '' };
  const before = scan.slice(0, best.at);
  let subjectWords = subjectOf(before);
  let negated = NEGATED_SUBJECT.test(subjectWords) || NEGATED_ADVERBIAL.test(before) || (best.kind !== 'transfer' && NEGATED_MODAL.test(best.text));
  let modality: Modality = best.kind === 'obligation' ? 'obligation' : 'permission';
  if (best.kind === 'waive' || best.kind === 'prohibit') negated = true;
  if (best.kind === 'until') {
    const after = lower.slice(best.end);
    const passive = /^(?:terminated|cancell?ed)\s+by\s+(.{1,60})/.exec(after);
    const holder = passive ? passive[1] : /^(.{1,40}?part(?:y|ies))\b/.exec(after)?.[1] ?? '';
    return { modality: 'permission', negated: false, modalAt: best.at, subjectWords: holder, verb: 'terminate', passive: false, object: after.trim() };
  }
  if (best.kind === 'able') {
    const adjective = /(\w+)$/.exec(best.text)?.[1] ?? '';
    return { modality, negated, modalAt: best.at, subjectWords, verb: `be ${adjective}`, passive: true, object: lower.slice(best.end).trim() };
  }
  let rest = lower.slice(best.end);
  // "In no event shall either party …": the subject follows the modal.
  if (/\b(?:in\s+no\s+(?:event|case)|under\s+no\s+circumstances?|at\s+no\s+time|nor)\s*,?\s*$/.test(before)) {
    const inverted = /^\s+((?:(?:the|either|each|any|neither|both|a|of|such|other)\s+){0,3}[\w'\u2019-]+)/.exec(rest);
    if (inverted) {
      subjectWords = inverted[1];
      rest = rest.slice(inverted[0].length);
    }
  }
  const adverb = NEGATING_ADVERB.exec(rest);
  if (adverb) {
    negated = true;
    rest = rest.slice(adverb[0].length);
    // "shall, in no event, be liable": the aside's closing comma goes with it.
    const closing = /^\s*,(?!\s*(?:and|or|nor)\b)/.exec(rest);
    if (closing && /^\s*,/.test(adverb[0])) rest = rest.slice(closing[0].length);
  }
  if (best.kind === 'transfer') {
    // "shall permit Customer (or its auditors) to inspect": the holder is between the verb and "to".
    const to = /^\s+(.{1,100}?)\s+to\s+/.exec(rest);
    if (to && !/[;]/.test(to[1])) {
      subjectWords = to[1];
      rest = rest.slice(to[0].length - 1);
      modality = 'permission';
      negated = NEGATED_SUBJECT.test(subjectOf(before)) || NEGATED_ADVERBIAL.test(before) || NEGATED_MODAL.test(best.text);
    } else {
      modality = /^(?:shall|will|must|agree)/.test(best.text) ? 'obligation' : 'permission';
    }
  }
  // "Nothing in this Agreement shall prevent Customer from terminating": permission held by the one not prevented.
  if (negated && !nested && /\bnothing\b/.test(before) && DOUBLE_NEGATION.test(rest.slice(0, 40))) {
    const from = /^\s*\w+\s+(?:or\s+\w+\s+)?(.{1,80}?)\s+from\s+/.exec(rest);
    if (from) {
      return { ...verbAfter(rest.slice(from[0].length - 1)), modality: 'permission', negated: false, modalAt: best.at, subjectWords: from[1] };
    }
    // "Nothing … shall limit Customer's right to seek relief": the right itself, held by its owner.
    const limiting = /^\s*\w+\s+(?:or\s+\w+\s+)?/.exec(rest);
    const right = limiting ? readModality(rest.slice(limiting[0].length), true) : null;
    if (right && right.modality === 'permission' && !right.negated && right.subjectWords.trim()) return { ...right, modalAt: best.at };
  }
  // A permission noun is followed by "to <verb>", perhaps after an aside: "the right, upon notice, to terminate".
  if (/\b(?:right|rights|option|power|authority|entitled|permitted|authori[sz]ed|free|able|allowed|entitlement|wishing|wishes|wish|desiring|desires|desire|electing|elects|elect|choosing|chooses|choose|deciding|decides|decide|intending|intends|intend)(?:\s+to)?$/.test(best.text)) {
    if (!/\bto$/.test(best.text)) {
      const to = infinitiveAfter(rest);
      if (to >= 0) rest = rest.slice(to);
    }
    // "entitled to a refund", "waives any right to a jury trial": the right is to a thing, not an act.
    if (DETERMINER.test(rest)) return { modality, negated, modalAt: best.at, subjectWords, verb: '', passive: false, object: rest.trim() };
  }
  const read = verbAfter(rest);
  // "may elect to terminate", "shall decide whether to": choosing to act is the act.
  const chosen = /^(?:elect|choose|opt|decide)$/.test(read.verb) ? /^to\s+([\w-]+)\s*(.*)$/s.exec(read.object) : null;
  if (chosen) return { modality, negated, modalAt: best.at, subjectWords, verb: chosen[1], passive: false, object: chosen[2] };
  // "shall cease to supply", "will stop using", "shall refrain from selling": a duty to stop refuses the act that follows
  // ("may stop distributing" is still a permission to stop).
  // (A short "-ing" word keeps its ending: "using" is not "us".)
  const stop = modality === 'obligation' && /^(?:cease|stop|discontinue|refrain)$/.test(read.verb) ? /^(?:(?:to|from)\s+)?([\w-]+)\s*(.*)$/s.exec(read.object) : null;
  if (stop) return { modality, negated: !negated, modalAt: best.at, subjectWords, verb: stop[1].length > 6 ? stop[1].replace(/ing$/, '') : stop[1], passive: false, object: stop[2] };
  return { modality, negated, modalAt: best.at, subjectWords, ...read };
}

/**
 * Where the infinitive after a permission noun starts ("the right, at any time prior to 31 December, to terminate"):
 * the first "to" that is not part of "prior to", "subject to", "up to" … and is not followed by a noun phrase.
 */
function infinitiveAfter(rest: string): number {
  const to = /\bto\s+/g;
  for (let m = to.exec(rest); m !== null && m.index < 200; m = to.exec(rest)) {
    const before = rest.slice(0, m.index);
    if (/[;]|\b(?:shall|will|may|must)\b/.test(before)) return -1;
    if (/\b(?:prior|up|subject|pursuant|according|due|addition|respect|relating|related|regard|owed|payable|applicable|close|next|similar|equal|thereto|attached)\s+$/.test(before)) continue;
    if (/^(?:the|a|an|any|such|this|that|its|their|his|her|each|all|\d)/.test(rest.slice(m.index + m[0].length))) continue;
    return m.index + m[0].length - 1;
  }
  return -1;
}

/** Prepositions that open an adverbial phrase between a modal and its verb: "may, in its discretion, terminate", "may at any time cancel". */
export const PREPOSITIONS = new Set([
  'in', 'at', 'upon', 'on', 'by', 'with', 'after', 'for', 'during', 'within', 'without', 'from', 'under', 'following',
  'prior', 'before', 'until', 'subject', 'notwithstanding', 'as', 'through', 'via', 'pursuant',
]);
const PHRASE_FILLER = new Set([
  'its', 'their', 'his', 'her', 'the', 'a', 'an', 'any', 'all', 'sole', 'absolute', 'own', 'reasonable', 'such', 'this',
  'each', 'that', 'sole,', 'good', 'faith', 'unfettered', 'entire', 'to',
]);

/**
 * The verb after a modal, skipping what may stand between: "not", adverbs, an aside between commas or brackets,
 * and short prepositional phrases ("in its sole discretion and at its option terminate").
 */
export function verbAfter(rest: string): Pick<ModalReading, 'verb' | 'passive' | 'object'> {
  const words: { w: string; end: number }[] = [];
  const word = /\s*(?:\([^)]{0,80}\)|,[^,;]{0,120},|[\w'\u2019-]+|\S)/y;
  for (let at = 0; words.length < 24;) {
    word.lastIndex = at;
    const m = word.exec(rest);
    if (!m) break;
    at += m[0].length;
    words.push({ w: m[0].trim(), end: at });
  }
  let i = 0;
  const fallback = (): Pick<ModalReading, 'verb' | 'passive' | 'object'> => {
    const first = words.findIndex((x) => /^[\w'\u2019-]+$/.test(x.w) && !SKIP_WORDS.has(x.w));
    return first >= 0 ? { verb: words[first].w, passive: false, object: rest.slice(words[first].end).trim() } : { verb: '', passive: false, object: rest.trim() };
  };
  while (i < words.length) {
    const w = words[i].w;
    if (w.startsWith('(') || w.startsWith(',') || SKIP_WORDS.has(w) || (/ly$/.test(w) && !LY_VERBS.has(w)) || w === 'to') {
      i++;
      continue;
    }
    if (PREPOSITIONS.has(w)) {
      // A prepositional phrase: the preposition, a few determiners or adjectives, one noun, then "and"/"or" to another.
      let j = i + 1;
      while (j < words.length && PHRASE_FILLER.has(words[j].w)) j++;
      if (j >= words.length || !/^[\w'\u2019-]+$/.test(words[j].w)) return fallback();
      i = j + 1;
      if (i < words.length && (words[i].w === 'and' || words[i].w === 'or')) i++;
      continue;
    }
    if (!/^[\w'\u2019-]+$/.test(w)) return fallback();
    const afterVerb = rest.slice(words[i].end);
    if (w === 'be' || w === 'been' || w === 'become') {
      const participle = /^\s+(?:\w+ly\s+)?([\w-]+)/.exec(afterVerb);
      if (participle && (/(?:ed|en|wn|ne|nt|id|ld|un|ught)$/.test(participle[1]) || IRREGULAR_PARTICIPLES.has(participle[1]))) {
        return { verb: `be ${participle[1]}`, passive: true, object: afterVerb.slice(participle[0].length).trim() };
      }
      // "shall be liable", "shall be responsible": the complement says what the clause is about.
      if (w === 'be' && participle && !NOT_A_COMPLEMENT.test(participle[1])) {
        return { verb: `be ${participle[1]}`, passive: false, object: afterVerb.slice(participle[0].length).trim() };
      }
    }
    return { verb: w, passive: false, object: afterVerb.trim() };
  }
  return fallback();
}
