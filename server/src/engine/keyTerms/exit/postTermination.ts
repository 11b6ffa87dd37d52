import type { Contract } from '../../model';
import { readSentence, type SentenceReading } from '../../semantics';
import type { ScannedSentence } from '../dpa/sentenceScan';
import * as cue from './postTerminationCues';
import { leavesSection, sentencesInEndSections } from './endSections';

// Duties and rights that run after the agreement ends (CUAD's "Post-Termination
// Services"): transition help, wind-down, data export, sell-off, last payments,
// returning or transferring property, keeping records for some years. A buyer
// reads these to know what it can still count on, and what it still owes, once
// the contract is over. A sentence counts when it is set after the end (it
// says so, it sits in a list introduced by "Upon termination:", or under an
// "Effect of Termination" heading) and promises something a party must do.
// Survival clauses count only when they say what survives for (completing
// pending orders, paying while the content is still used).

/** A list introduced by "Upon termination, …:" runs for at most this many sentences. */
const LIST_REACH = 15;

/** Every sentence that states an after-the-end duty, in document order. */
export function readPostTerminationSentences(
  contract: Contract,
  sentences: readonly ScannedSentence[],
  headingTitles: readonly string[],
  /** "11.3" for a numbered heading, by heading index: a later section number closes its context. */
  headingNumbers: readonly (string | undefined)[],
  exportIndexes: readonly number[],
  /** Sentences with an end word or under an end heading (candidates.ts): outside a list, no other can count. */
  candidates: readonly number[],
): ScannedSentence[] {
  const exports = new Set(exportIndexes);
  const mayCount = new Uint8Array(sentences.length);
  for (const i of candidates) mayCount[i] = 1;
  for (const i of exportIndexes) mayCount[i] = 1;
  // The inline section titles ("14.6 Effects of Termination.") hold an end word, so they are candidates themselves.
  const inEndSection = new Uint8Array(sentences.length);
  for (const i of sentencesInEndSections(sentences, candidates)) inEndSection[i] = mayCount[i] = 1;
  const found: ScannedSentence[] = [];
  let leadIn = -1;
  const closedHeadings = new Set<number>();
  sentences.forEach((s, i) => {
    // Not in a list, no end word, no end heading, not an export: nothing below can happen.
    if (leadIn < 0 && mayCount[i] === 0) return;
    const when = mentionsEnd(s.lower);
    if (leadIn >= 0 && !continuesList(sentences, leadIn, i)) leadIn = -1;
    const inList = leadIn >= 0;
    if (when && /:\s*$/.test(s.lower)) leadIn = i;
    // "Upon termination, Distributor will: (a) … (b) return …": the items carry the lead-in's modal.
    const itemOfPromise = inList && cue.MODAL_LEAD_IN.test(sentences[leadIn].lower);
    const number = headingNumbers[s.headingIndex];
    if (number !== undefined && leavesSection(number, s.lower)) closedHeadings.add(s.headingIndex);
    const underEndHeading = !closedHeadings.has(s.headingIndex) && cue.END_HEADING.test(headingTitles[s.headingIndex] ?? '');
    const afterEnd = when || inList || inEndSection[i] === 1 || underEndHeading;
    if (exports.has(i) || (afterEnd && (isDuty(s.lower, refusals(contract, s)) || (itemOfPromise && isDuty(`shall ${s.lower}`, refusals(contract, s, 6)))))) found.push(s);
  });
  return found;
}

/**
 * Where the clause layer reads a refusal in the sentence ("shall have no obligation to pay", "neither party shall",
 * "waives any right to receive", "shall cease to supply"), as spans of `text` (shifted by `shift` when the text was
 * given a lead-in's modal).
 */
function refusals(contract: Contract, s: ScannedSentence, shift = 0): Array<[number, number]> {
  const reading: SentenceReading = readSentence(contract, s);
  return reading.clauses
    .filter((c) => c.negated && !c.limitsExtent)
    .map((c): [number, number] => [c.span.start - s.span.start + shift, c.span.end - s.span.start + shift]);
}

function isDuty(text: string, refused: ReadonlyArray<readonly [number, number]>): boolean {
  const lower = withoutIdioms(text);
  if (cue.DEFINITION.test(lower)) return false;
  const excluded = spansOf(NOT_A_SERVICE, lower);
  // An exclusion speaks for the words around it: a long "Upon termination: (a) … (b) …" sentence may hold both.
  const clear = (at: number, end: number): boolean => !excluded.some(([a, b]) => a < end + EXCLUSION_REACH && at - EXCLUSION_REACH < b);
  // Survival is boilerplate unless it says what the survivor is for: completing pending deals, paying while still in use.
  const purpose = cue.SURVIVES_FOR_A_PURPOSE.exec(lower);
  if (purpose && clear(purpose.index, purpose.index + purpose[0].length)) return true;
  if (cue.OTHER_MATTER.test(lower) || cue.SURVIVAL_IN_OTHER_WORDS.test(lower)) return false;
  // "For two years after termination, Licensee shall state …": the opening sets the duty after the end, whatever its verb.
  const promises = (t: string, duty: RegExp): boolean => promisesIn(t, clear, duty, refused);
  if (cue.PERIOD_AFTER_END_LEAD.test(lower) && promises(lower, cue.ANY_PROMISE)) return true;
  // "Transition assistance" counts when someone promises it, not as a heading or a name.
  const transition = cue.TRANSITION.exec(lower);
  if (transition && /\b(?:shall|will|must|may|agrees?)\b/.test(lower) && clear(transition.index, transition.index + transition[0].length)) return true;
  const grant = cue.GRANT.exec(lower);
  if (grant && cue.PAST_THE_END.test(lower) && clear(grant.index, grant.index + grant[0].length)) return true;
  return promises(lower, cue.DUTY) || promises(withoutAsides(lower), cue.DUTY);
}

/**
 * "shall, within thirty (30) days of termination, return": blanks the asides so the modal meets its
 * verb. Asides that hold a verb phrase of their own ("…, and the parties shall …,") stay.
 */
function withoutAsides(lower: string): string {
  return lower.replace(/,[^,;.:]{1,80}(?=,)/g, (aside) => (/\b(?:and|or|shall|will|must|may)\b/.test(aside) ? aside : ' '.repeat(aside.length)));
}

/**
 * Blanks words that only look like a denial or an exclusion: "the right, but not the obligation, to
 * purchase" grants a right, and a cross-reference's caption ("Section 9 (Confidential Information)")
 * names another clause, not what this one is about, and a party that "shall retain the rights" to its own
 * marks keeps them rather than doing anything. Same length, so offsets hold.
 */
function withoutIdioms(lower: string): string {
  return lower
    .replace(/,?\s*but\s+not\s+the\s+(?:obligation|duty)\s*,?/g, (m) => ' '.repeat(m.length))
    // Keeping what was always one's own ("each party shall retain the rights to its marks") is no duty.
    .replace(/\bretain\s+(?:all\s+)?(?:of\s+)?(?:the|its|their|his|her)?\s*(?:respective\s+)?(?:own\s+)?(?:rights?|title|ownership)\b/g, (m) => ' '.repeat(m.length))
    .replace(/(\b(?:sections?|articles?|paragraphs?|clauses?)\s+[\w.-]{1,12}(?:\([\w.]{1,4}\)){0,3}\s*)(\([^()]{1,80}\))/g, (_m, ref: string, caption: string) => ref + ' '.repeat(caption.length));
}

/** How far (in characters) an exclusion such as "confidential" reaches from where it stands. */
const EXCLUSION_REACH = 120;
const NOT_A_SERVICE = new RegExp(cue.NOT_A_SERVICE.source, 'g');

function spansOf(pattern: RegExp, text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    out.push([m.index, m.index + m[0].length]);
    if (m[0].length === 0) pattern.lastIndex++;
  }
  return out;
}

/** The sentence at `i` still belongs to the list that the sentence at `leadIn` introduces. */
function continuesList(sentences: readonly ScannedSentence[], leadIn: number, i: number): boolean {
  const s = sentences[i];
  if (i - leadIn > LIST_REACH || s.headingIndex !== sentences[leadIn].headingIndex) return false;
  // A page number or stray marker between items does not end the list.
  return s.clauseIndex === sentences[i - 1].clauseIndex || cue.LIST_ITEM.test(s.lower) || s.lower.trim().length < 6;
}

/** An end word that is the agreement's end, not a cure period's or an employee's. */
function mentionsEnd(lower: string): boolean {
  cue.WHEN.lastIndex = 0;
  for (let m = cue.WHEN.exec(lower); m !== null; m = cue.WHEN.exec(lower)) {
    // "decides to terminate", "notice of termination", "the Offering is terminated": not the agreement's end itself.
    if (cue.OTHER_SUBJECT.test(m[0]) || /\bto\s+(?:terminate|expire)$/.test(m[0])) continue;
    const after = lower.slice(m.index + m[0].length, m.index + m[0].length + 80);
    // Orders and campaigns are cancelled too: a cancellation counts when it names the agreement.
    if (/cancel/.test(m[0]) && !/\b(?:agreement|contract|subscription)/.test(m[0]) && !cue.OF_THE_DEAL.test(after)) continue;
    if (!cue.OF_SOMETHING.test(after) || cue.OF_THE_DEAL.test(after)) return true;
  }
  return false;
}

/** A modal and a verb of doing in a clause the layer does not read as refused, clear of exclusions. */
function promisesIn(
  text: string, clear: (start: number, end: number) => boolean, duty: RegExp, refused: ReadonlyArray<readonly [number, number]>,
): boolean {
  duty.lastIndex = 0;
  for (let m = duty.exec(text); m !== null; m = duty.exec(text)) {
    const at = m.index;
    const denied = refused.some(([a, b]) => a <= at && at < b);
    if (!denied && clear(m.index, m.index + m[0].length)) return true;
    // Look again from the word after this modal: a later promise may stand on its own.
    duty.lastIndex = m.index + 1;
  }
  return false;
}
