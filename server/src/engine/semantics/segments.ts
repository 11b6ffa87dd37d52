// Splits one sentence into clauses. A new clause starts at a semicolon, at an
// enumeration ("(i) … or (ii) …"), at "but", and at the words that open a
// condition ("if", "in the event", "should", "upon the occurrence"), an
// exception ("except", "unless", "other than", "save") or a proviso ("provided
// that"). A condition or exception that opens its clause ("If X, Y may …")
// ends at the first comma outside brackets; one that follows the main clause
// runs to the next boundary. One pass over the sentence's markers: linear.
import type { ClauseRole } from './types';

export interface Segment {
  /** Offsets into the sentence. */
  readonly start: number;
  readonly end: number;
  readonly role: ClauseRole;
  /** A condition or exception that stands before the clause it governs ("If X, …"), rather than after it. */
  readonly leading: boolean;
  /** A main clause carried on after an aside ("Customer may, unless X, terminate"): it shares the previous main clause's subject. */
  readonly continues: boolean;
}

type MarkerKind = 'boundary' | ClauseRole;

interface Marker {
  readonly at: number;
  /** Where the marker's own words end ("provided, however, that" has commas of its own). */
  readonly to: number;
  /** Where the clause that the marker opens begins (a boundary's punctuation is dropped). */
  readonly from: number;
  readonly kind: MarkerKind;
}

// Roman numerals up to xx and single letters or digits: the enumerations drafts use inside a sentence.
const ENUMERATION = String.raw`\((?:[ivx]{1,5}|[a-z]|\d{1,2})\)`;
// "but" opens a new main clause, except in "but not limited to", "but not the obligation", "but only".
// ", and Customer waives …", ", and the Supplier shall …": a second main clause with a subject and modal of its own.
const COORDINATE = String.raw`,\s*(?:and|or)\s+(?=(?:[\w'\u2019-]+\s+){1,3}?(?:shall|will|may|must|can|cannot|waives?|agrees?|undertakes?|acknowledges?)\b)`;
const BUT = String.raw`${COORDINATE}|,\s*in\s+which\s+(?:case|event)\b|,\s*(?:failing\s+which|whereupon)\b|\bbut\b(?!\s+(?:not\b|only\b|excluding\b|including\b|in\s+no\b|shall\s+not\s+be\s+limited))`;
// "upon" inside a clause opens a condition when what follows is an event, not a manner or a time:
// "may terminate upon a material breach" but not "upon thirty days' notice", "upon termination", "upon request".
const UPON_EVENT = String.raw`\b(?:upon|on)\s+(?!(?:\S+\s+){0,6}?(?:notice|notification|termination|expiration|expiry|request|demand|receipt|signature|execution|delivery|the\s+(?:effective|commencement|date)|the\s+terms|such\s+terms|behalf|a\s+(?:monthly|quarterly|yearly|annual|pro\s+rata|basis)|an?\s+\S+\s+basis)\b)(?=(?:a|an|the|any|such|its|their|his|her)\s+(?:\S+\s+){0,3}?(?:breach|default|failure|insolvency|bankruptcy|change|occurrence|violation|assignment|acquisition|merger|death|expropriation|filing|appointment|cessation|dissolution|liquidation|material)\b)`;
const CONDITION = String.raw`${UPON_EVENT}|\bif\b|\bin\s+the\s+event\b|\bin\s+case\b|\bwhenever\b|\bupon\s+the\s+occurrence\b|\bon\s+the\s+occurrence\b|\bas\s+long\s+as\b|\bso\s+long\s+as\b`;
// Words that open a condition only at the head of a clause: "Should X fail …, Y may …", "Where X …, Y shall …".
// ("After the first year, …" and "Following expiry, …" set a time, not a condition.)
// "Following a change of control, …" is an event, though: after "following" / "after", an event noun makes a condition.
const HEAD_CONDITION = /^(?:should|where|when|upon|on|in\s+the\s+case\s+of|in\s+respect\s+of\s+any)\b|^(?:following|after)\s+(?=(?:a|an|the|any|such|its|their)\s+(?:\S+\s+){0,3}?(?:breach|default|failure|insolvency|bankruptcy|change|occurrence|violation|assignment|acquisition|merger|death)\b)/;
// "On May 1, 2026," / "On the first anniversary," / "When the date falls …" name a time, not a condition.
const DATE_HEAD = /^(?:on|upon|after|following|from|when|before)\s+(?:or\s+(?:before|after)\s+)?(?:\d|(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+\d|the\s+(?:\w+\s+)?(?:date|day|anniversary)\b)/;
// "other than" opens an exception after a comma, at the head, or before a phrase that is not a noun ("other than to its
// Affiliates", "other than as permitted"); before a noun it only narrows it ("fees other than those disputed").
const OTHER_THAN = String.raw`,\s*other\s+than\b|^\s*other\s+than\b|\bother\s+than\b(?=\s+(?:as|to|in|for|by|under|pursuant|where|if|when|with|through|on|at|during|from|after|before|because|due|upon|within)\b)`;
const EXCEPTION = String.raw`\bexcept\b|\bexcepting\b|\bunless\b|${OTHER_THAN}|\bsave\s+(?:as|that|for|where)\b|\bexcluding\b`;
const PROVISO = String.raw`\bprovided\s*,?\s*(?:that|however|further|always|also)\b|\bprovided\b(?=\s*,)`;

/** A clause number opening the sentence: "9.1", "12.3(b)", "4.". */
const CLAUSE_NUMBER = /^\s*\d{1,3}(?:\.\d{1,3}){0,3}\.?(?:\([a-z0-9]{1,4}\))?\s+/;
const NUMBER_ONLY = /^\s*\d{1,3}(?:\.\d{1,3}){0,3}\.?(?:\([a-z0-9]{1,4}\))?\s*$/;
const MARKERS = new RegExp(
  String.raw`(;)|(?<=^|[\s:,;])(${ENUMERATION})(?=\s)|(${BUT})|(${CONDITION})|(${EXCEPTION})|(${PROVISO})`,
  'g',
);

function markersOf(lower: string): Marker[] {
  const out: Marker[] = [];
  MARKERS.lastIndex = 0;
  for (let m = MARKERS.exec(lower); m !== null; m = MARKERS.exec(lower)) {
    const at = m.index;
    const to = at + m[0].length;
    if (m[1]) out.push({ at, to, from: at + 1, kind: 'boundary' });
    else if (m[2]) {
      // "sixty (60) days" is a number written twice, not an enumeration.
      if (/\d/.test(m[2]) && !/(?:^|[:;,]|\b(?:and|or))\s*$/.test(lower.slice(Math.max(0, at - 6), at))) continue;
      // "Section 4.2 (b)" is a reference, not an enumeration.
      if (/\b(?:sections?|clauses?|articles?|paragraphs?|subsections?|schedules?|exhibits?)\s+[\w.]*\s*$/.test(lower.slice(Math.max(0, at - 30), at))) continue;
      out.push({ at, to, from: at, kind: 'boundary' });
    } else if (m[3]) out.push({ at, to, from: at, kind: 'boundary' });
    else if (m[4]) {
      // "(if applicable)", "(if any)": an aside that qualifies a word, not a condition of the clause.
      if (/\(\s*$/.test(lower.slice(Math.max(0, at - 2), at)) && /^if\s+(?:any|applicable|appropriate|relevant|so|required|necessary)\s*\)/.test(lower.slice(at))) continue;
      out.push({ at, to, from: at, kind: 'condition' });
    }
    else if (m[5]) out.push({ at, to, from: at, kind: 'exception' });
    else if (m[6]) out.push({ at, to, from: at, kind: 'proviso' });
  }
  return out;
}

/** The clauses of a lower-cased sentence, in order, covering it without overlap (blank stretches dropped). */
export function splitClauses(lower: string): Segment[] {
  const segments: Segment[] = [];
  const markers = markersOf(lower);
  let start = 0;
  let role: ClauseRole = 'main';
  let continues = false;
  /** Whether the clause being built opened its stretch of the sentence (nothing but a boundary before it). */
  let atHead = true;
  /** Where the words of the marker that opened the current clause end: a comma inside them ends nothing. */
  let wordsEnd = 0;
  const push = (end: number): void => {
    // A stretch holding only a conjunction ("; and (2) …" leaves "and") is no clause.
    // Nor is a clause number alone before a heading condition ("9.1 If …").
    if (start === 0 && NUMBER_ONLY.test(lower.slice(0, end))) return;
    if (/[a-z0-9]/.test(lower.slice(start, end).replace(/\((?:[ivx]{1,5}|[a-z]|\d{1,2})\)|\b(?:and|or|and\/or)\b/g, ''))) {
      segments.push({ start, end, role, continues, leading: role !== 'main' && atHead });
    }
  };
  const open = (at: number, kind: ClauseRole, head: boolean): void => {
    start = at;
    role = kind;
    continues = false;
    atHead = head;
  };
  let i = 0;
  while (i <= markers.length) {
    const marker = markers[i];
    // A condition or exception at the head of its clause ends at the first comma before the next marker; so does a
    // proviso that opens the sentence ("Provided that X has paid, X may renew"). One after a semicolon runs on.
    const headProviso = (role as ClauseRole) === 'proviso' && atHead && !/[a-z0-9]/.test(lower.slice(0, start));
    if ((((role as ClauseRole) === 'condition' || (role as ClauseRole) === 'exception') && atHead) || headProviso) {
      const limit = marker ? marker.at : lower.length;
      const comma = headClauseEnd(lower, Math.max(start, wordsEnd), limit);
      if (comma >= 0) {
        push(comma);
        open(comma + 1, 'main', false);
        continue;
      }
    }
    // An exception inside a main clause ("may terminate, except during the first year, on notice") ends at its comma too.
    if ((role as ClauseRole) === 'exception' && !atHead) {
      const limit = marker ? marker.at : lower.length;
      const comma = commaOutsideBrackets(lower, Math.max(start, wordsEnd), limit);
      if (comma >= 0 && /[a-z]/.test(lower.slice(comma + 1, limit)) && closesAside(lower, start, wordsEnd, comma)) {
        push(comma);
        open(comma + 1, 'main', false);
        continues = true;
        continue;
      }
    }
    if (!marker) break;
    push(marker.at);
    wordsEnd = marker.to;
    if (marker.kind === 'boundary') {
      open(marker.from, 'main', true);
      // A boundary followed at once by a condition word at the head: "; if …", "(ii) should …".
      const head = lower.slice(marker.from).replace(/^\s*(?:\((?:[ivx]{1,5}|[a-z]|\d{1,2})\)\s*)?(?:(?:and|or|but)\s+)?(?:\((?:[ivx]{1,5}|[a-z]|\d{1,2})\)\s*)?/, '');
      if (HEAD_CONDITION.test(head) && !/^(?:upon|on|following|after)\s+(?:\S+\s+){0,12}?(?:notice|termination|expiration|expiry|request)\b/.test(head) && !DATE_HEAD.test(head)) {
        role = 'condition';
      }
    } else {
      // A clause number before the sentence's first words ("9.1 If …") does not stop a condition from heading it.
      const before = lower.slice(start, marker.at).replace(start === 0 ? CLAUSE_NUMBER : /$^/, '');
      const head = atHead && !/[a-z0-9]/.test(before.replace(/\((?:[ivx]{1,5}|[a-z]|\d{1,2})\)/g, ''));
      open(marker.from, marker.kind, head);
    }
    i++;
  }
  push(lower.length);
  return headConditions(lower, segments);
}

/**
 * Whether the comma after an exception inside a main clause closes it as an aside. "Unless" opens a condition that
 * runs on ("renews … unless, at least sixty days before, a party notifies the other that it will not renew"): it is
 * an aside only between a modal and its verb ("may, unless the law forbids it, terminate").
 */
function closesAside(lower: string, start: number, wordsEnd: number, comma: number): boolean {
  if (!/^unless\b/.test(lower.slice(start, start + 7))) return true;
  return /[a-z]/.test(lower.slice(wordsEnd, comma)) && /\b(?:shall|will|may|must|can|cannot|could|would)(?:\s+not)?\s*,?\s*$/.test(lower.slice(Math.max(0, start - 30), start));
}

/** "Should X fail to …, Y may …" and "Upon X's breach, Y may …": a sentence-initial condition word with no marker of its own. */
function headConditions(lower: string, segments: Segment[]): Segment[] {
  const first = segments[0];
  if (!first || first.role !== 'main') return segments;
  const text = lower.slice(first.start, first.end);
  const lead = /^\s*(?:\((?:[ivx]{1,5}|[a-z]|\d{1,2})\)\s*)?/.exec(text)?.[0].length ?? 0;
  const head = text.slice(lead);
  if (!HEAD_CONDITION.test(head)) return segments;
  // "Upon termination," / "Upon thirty days' notice," / "On request," are times and manners, not conditions.
  if (/^(?:upon|on|following|after)\s+(?:\S+\s+){0,6}?(?:notice|termination|expiration|expiry|request|the\s+(?:effective|commencement)\s+date)\b/.test(head)) return segments;
  if (DATE_HEAD.test(head)) return segments;
  if (/^(?:when|where)\s+(?:used|applicable|appropriate|possible|practicable|necessary)\b/.test(head)) return segments;
  const comma = commaOutsideBrackets(lower, first.start + lead, first.end);
  if (comma < 0) return segments;
  return [
    { start: first.start, end: comma, role: 'condition', continues: false, leading: true },
    { start: comma + 1, end: first.end, role: 'main', continues: false, leading: false },
    ...segments.slice(1),
  ];
}

// What opens the clause a leading condition governs: a subject of a few words, then a modal or a verb of agreeing.
const CLAUSE_OPENING = /^\s*(?:[\w'\u2019-]+\s+){0,5}?(?:shall|may|will|must|can|could|agrees?|is\s+entitled|are\s+entitled|has\s+the\s+right|have\s+the\s+right)\b/;

/**
 * Where a condition at the head of its clause ends: at the comma before the clause it governs ("If Licensee
 * determines, in its judgment, that the market has gone, Licensee may terminate" ends before "Licensee may"),
 * else at its first comma.
 */
function headClauseEnd(lower: string, from: number, to: number): number {
  const first = commaOutsideBrackets(lower, from, to);
  for (let comma = first; comma >= 0; comma = commaOutsideBrackets(lower, comma + 1, to)) {
    if (CLAUSE_OPENING.test(lower.slice(comma + 1, Math.min(to, comma + 120)))) return comma;
  }
  return first;
}

function commaOutsideBrackets(lower: string, from: number, to: number): number {
  let depth = 0;
  for (let i = from; i < to; i++) {
    const c = lower.charCodeAt(i);
    if (c === 40) depth++;
    else if (c === 41) depth = Math.max(0, depth - 1);
    // A comma inside a number ("1,000") is not a clause break.
    // Nor is the comma of a date ("May 1, 2026").
    else if (c === 44 && depth === 0 && !(isDigit(lower.charCodeAt(i - 1)) && (isDigit(lower.charCodeAt(i + 1)) || /^ \d{4}\b/.test(lower.slice(i + 1, i + 7))))) return i;
  }
  return -1;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
