// The clause layer: every sentence of a draft read once into clauses with
// subject, modality, polarity, conditions, exceptions and time anchors. Built
// lazily per sentence and cached per contract (nothing outlives the contract),
// so a reader that asks about a handful of sentences pays for those only.
import type { Contract, Sentence } from '../model';
import { resolveParty, roleOfName } from './parties';
import { PREPOSITIONS, readModality, verbAfter } from './modality';
import { splitClauses } from './segments';
import { findTimeAnchors } from './timeAnchors';
import type { ClauseReading, Party, PartyRole, SentenceReading } from './types';

export type { ClauseReading, Party, PartyRole, SentenceReading, TimeAnchor, Modality, ClauseRole } from './types';

interface Cache {
  readonly names: ReadonlyMap<string, PartyRole>;
  readonly readings: Map<number, SentenceReading>;
}

const CACHE = new WeakMap<Contract, Cache>();

/** How far into the draft the parties are introduced: the preamble and the first definitions. */
const PREAMBLE = 4000;

function cacheOf(contract: Contract): Cache {
  let cache = CACHE.get(contract);
  if (!cache) {
    cache = { names: partyNames(contract), readings: new Map() };
    CACHE.set(contract, cache);
  }
  return cache;
}

/**
 * The draft's names for its parties: short defined terms introduced in the
 * preamble ("Acme, Inc. ("Acme")"), and any defined term that is a role word
 * ("the "Licensee""). Each maps to the side it names when the word says so.
 */
function partyNames(contract: Contract): Map<string, PartyRole> {
  const names = new Map<string, PartyRole>();
  for (const { term, span } of contract.definedTerms) {
    const words = term.trim().split(/\s+/);
    if (words.length > 3) continue;
    const role = roleOfName(term);
    if (role !== 'named' || (span.start < PREAMBLE && /^[A-Z]/.test(term) && !/\b(?:Agreement|Date|Term|Period|Services?|Products?|Territory|Fees?|Parties|Party)\b/.test(term))) {
      names.set(term.toLowerCase(), role);
    }
  }
  return names;
}

/** The sentence read into clauses (computed once per sentence and contract). */
export function readSentence(contract: Contract, sentence: Sentence): SentenceReading {
  const cache = cacheOf(contract);
  let reading = cache.readings.get(sentence.span.start);
  if (!reading) {
    reading = readText(contract.normalized.slice(sentence.span.start, sentence.span.end).toLowerCase(), sentence, cache.names);
    cache.readings.set(sentence.span.start, reading);
  }
  return reading;
}

/** Reads a lower-cased sentence; `names` are the draft's party names. Exposed for tests of the layer alone. */
export function readText(lower: string, sentence: Sentence, names: ReadonlyMap<string, PartyRole> = new Map()): SentenceReading {
  const offset = sentence.span.start;
  const clauses: ClauseReading[] = [];
  let lastMain: ClauseReading | undefined;
  let listLead: ClauseReading | undefined;
  for (const segment of splitClauses(lower)) {
    const text = lower.slice(segment.start, segment.end);
    const modal = readModality(text);
    let subject: Party = resolveParty(modal.subjectWords, names);
    let { modality, negated, verb, passive, object } = modal;
    // A passive right names its holder after "by": "may be terminated by either party".
    if (passive) subject = agentOf(object, names) ?? { role: 'none', text: subject.text };
    // "Provider shall restore the Services, but shall have no liability": a modal with no subject of its own shares the
    // subject of the main clause before it.
    if (segment.role === 'main' && lastMain && modality !== 'statement' && !passive && /^[\s,;]*(?:(?:but|and|or|nor|and\/or)\s*)?$/.test(modal.subjectWords)) {
      subject = lastMain.subject;
    }
    // "Customer may, unless X, terminate": the carried-on clause keeps the subject and modal of the one it continues.
    if (segment.continues && lastMain && modality === 'statement') {
      ({ subject, modality, negated } = lastMain);
      // "Licensee may, unless …, terminate": the verb is in the carried-on part when the first had none.
      if (lastMain.verb) verb = verb || lastMain.verb;
      else ({ verb, passive, object } = verbAfter(text));
    }
    // A list item carries the modal of the clause that opens its list, with or without a colon: after "X shall:" or
    // "X may", "(1) keep records" is "X shall keep records"; "(b) by Provider" names the holder of a passive right.
    const item = /^\s*(?:(?:and|or)\s+)?\((?:[ivx]{1,5}|[a-z]|\d{1,2})\)\s*/.exec(text);
    if (item && modality === 'statement' && listLead && segment.role === 'main') {
      ({ subject, modality, negated } = listLead);
      ({ verb, passive, object } = itemVerb(text.slice(item[0].length), listLead));
      if (listLead.passive) subject = agentOf(text, names) ?? listLead.subject;
    }
    // "; by Licensor or Licensee upon sixty days' notice": an alternative that only names another holder of the same passive right.
    if (segment.role === 'main' && modality === 'statement' && lastMain?.passive && lastMain.modality !== 'statement') {
      const alternative = /^\s*(?:(?:and|or)\s+)?(?:\((?:[ivx]{1,5}|[a-z]|\d{1,2})\)\s*)?(?:(?:and|or)\s+)?(by\s+.*)$/.exec(text);
      const holder = alternative ? agentOf(alternative[1], names) : null;
      if (holder) ({ subject, modality, negated, verb, passive } = { ...lastMain, subject: holder, negated: holder.role === 'neither' });
      if (holder) object = text.trim();
    }
    if (subject.role === 'neither') negated = true;
    const reading: ClauseReading = {
      span: { start: offset + segment.start, end: offset + segment.end },
      lower: text,
      role: segment.role,
      leading: segment.leading,
      continues: segment.continues,
      subject,
      modality,
      negated,
      limitsExtent: negated && EXTENT.test(object),
      verb,
      alsoVerbs: coordinatedVerbs(object),
      passive,
      object,
      modalAt: modal.modalAt,
    };
    clauses.push(reading);
    if (segment.role === 'main') lastMain = reading;
    if (segment.role === 'main' && !item && modal.modality !== 'statement') listLead = reading;
  }
  return {
    sentence,
    lower,
    clauses,
    conditions: clauses.filter((c) => c.role === 'condition'),
    exceptions: clauses.filter((c) => c.role === 'exception' || c.role === 'proviso'),
    timeAnchors: findTimeAnchors(lower, offset),
  };
}

/** An item's own verb ("(a) sublicense the Software"), or the lead-in's when the item is only a manner or a time ("(i) upon notice"). */
function itemVerb(text: string, lead: ClauseReading): Pick<ClauseReading, 'verb' | 'passive' | 'object'> {
  const first = /^\s*([\w'\u2019-]+)/.exec(text)?.[1] ?? '';
  if (PREPOSITIONS.has(first) || /^(?:immediately|forthwith|only|if|the|a|an|any|either|each)$/.test(first)) {
    return { verb: lead.verb, passive: lead.passive, object: text.trim() };
  }
  return verbAfter(text);
}

/** What a negation bounds when it bounds an extent: "more than once", "in excess of 5%", "beyond the Term". */
const EXTENT = /^(?:[\w'\u2019-]+\s+){0,5}?(?:more\s+(?:than|often|frequently)|in\s+excess\s+of|beyond|exceed|exceeding|greater\s+than|longer\s+than|later\s+than|earlier\s+than|less\s+than|fewer\s+than|by\s+more\s+than)\b/;

/** "or terminate this Agreement", "and to terminate the licence": verbs sharing the clause's modal, before any new modal. */
function coordinatedVerbs(object: string): string[] {
  const head = object.slice(0, 240).split(/\b(?:shall|will|may|must)\b/)[0];
  const out: string[] = [];
  const pattern = /\b(?:and|or|and\/or)\s+(?:to\s+)?([a-z]+)\s+(?:this|the|such|any|all|its|their|said)\b/g;
  for (let m = pattern.exec(head); m !== null; m = pattern.exec(head)) out.push(m[1]);
  return out;
}

/** The holder of a passive right, named after "by": "by either party", "by the Customer or its auditors". */
function agentOf(text: string, names: ReadonlyMap<string, PartyRole>): Party | null {
  const agent = /^(?:[^;]{0,60}?)\bby\s+((?:(?:the|either|each|any|a|both|neither|such|other)\s+){0,3}[\w'\u2019-]+(?:\s+(?:or|and)\s+(?:the\s+)?[\w'\u2019-]+)?)/.exec(text);
  const party = agent ? resolveParty(agent[1], names) : null;
  return party && party.role !== 'none' ? party : null;
}

/**
 * A list item read with its lead-in: "This Agreement may be terminated as
 * follows:" + "(a) by Customer on sixty days' notice;" reads as Customer's
 * permission to terminate. Item clauses with a modal of their own keep it.
 */
export function readItem(contract: Contract, leadIn: SentenceReading, item: Sentence): SentenceReading {
  const own = readSentence(contract, item);
  const lead = [...leadIn.clauses].reverse().find((c) => c.role === 'main' && c.modality !== 'statement');
  if (!lead) return own;
  const names = cacheOf(contract).names;
  const clauses = own.clauses.map((c): ClauseReading => {
    if (c.role !== 'main' || c.modality !== 'statement') return c;
    const text = c.lower.replace(/^\s*(?:\(?[a-z0-9]{1,4}\)|(?:\d{1,3}\.){1,4}\d{0,3}\.?|[a-z]\.)\s*/, '');
    const subject = lead.passive ? agentOf(text, names) ?? lead.subject : lead.subject;
    return { ...c, subject, modality: lead.modality, negated: lead.negated || subject.role === 'neither', verb: lead.verb, passive: lead.passive, object: `${lead.object} ${text}`.trim() };
  });
  return { ...own, clauses };
}

/** The main clauses whose verb (or, for a permission noun, the act it names) matches `act`. */
export function mainClauses(reading: SentenceReading, act?: RegExp): ClauseReading[] {
  return reading.clauses.filter((c) => c.role === 'main' && (!act || act.test(c.verb) || (c.verb === '' && act.test(c.object))));
}

/** A clause that grants `act`: a permission (or, with `obligations`, a duty too) that is not refused. */
export function grantsAct(clause: ClauseReading, act: RegExp, options: { obligations?: boolean } = {}): boolean {
  if (clause.role !== 'main' || clause.negated) return false;
  if (clause.modality === 'statement' || (clause.modality === 'obligation' && !options.obligations)) return false;
  return act.test(clause.verb);
}

/** A clause that refuses `act`: "shall not audit", "neither party may terminate", "is not entitled to", "waives its right to". */
export function refusesAct(clause: ClauseReading, act: RegExp): boolean {
  return clause.role === 'main' && clause.negated && (act.test(clause.verb) || act.test(clause.object.slice(0, 60)));
}

/** The clause of the sentence that holds an absolute offset, if any. */
export function clauseAt(reading: SentenceReading, offset: number): ClauseReading | undefined {
  return reading.clauses.find((c) => c.span.start <= offset && offset < c.span.end);
}

/** A clause that refuses what it says (not merely bounding how much or how often). */
export function isRefusal(clause: ClauseReading): boolean {
  return clause.negated && !clause.limitsExtent;
}

/**
 * The sentence only refuses: every main clause that says something (a modal, or a denied verb) is a refusal.
 * "Customer shall have no right to export its data", "Provider will not provide any transition assistance".
 */
export function statesOnlyRefusals(reading: SentenceReading): boolean {
  const saying = reading.clauses.filter((c) => c.role === 'main' && (c.modality !== 'statement' || c.negated));
  return saying.length > 0 && saying.every(isRefusal);
}
