import type { Contract } from '../../model';
import type { ScannedSentence } from './sentenceScan';
import { REGIONS } from './cues';

// Where the agreement's people are: the users, callers, agents, contact
// centers or offices the service serves, as the draft places them. A DPA that
// answers to one region's privacy law while the deal serves another leaves
// the other region's people without the duties their law requires.

/** The sentence speaks of people or operations somewhere, not of where data sits. */
const PEOPLE = /\b(?:users?|end[- ]users?|customers?|consumers?|residents?|individuals|data\s+subjects|callers|agents|employees|contact\s+cent(?:er|re)s?|call\s+cent(?:er|re)s?|operations|offices|sites|serv(?:e|es|ed|ing)|located|based)\b/;
/** Places named for other reasons: export control, the governing law and courts, where a party is incorporated. */
const OTHER_REASON = /\bexport|\bsanction|\bgovern(?:ed|ing)\b|\bjurisdiction|\bcourts?\b|\bincorporated|\borgani[sz]ed\s+under|\bheadquarter/;
/** The words right before a place that make it where people are: "in the", "across", "in the EU and the". */
const IN_PLACE = /\b(?:in|within|across|throughout|from)\s+(?:the\s+)?(?:[a-z ]{0,40}(?:,|\band|\bor)\s+(?:in\s+)?(?:the\s+)?)?$/;
/** Where data is kept, not where people are: "data centers located in", "hosted in", "stored in". */
const DATA_PLACE = /\bdata\s+cent(?:er|re)s?\b|\bhost(?:ed|s|ing)?\b|\bstor(?:e|ed|es|ing|age)\b|\bprocess(?:ed|es|ing)?\b|\bbackups?\b/;
/** A US state whose residents have a privacy law of their own. */
const US_STATE = /\b(?:california|virginia|colorado|connecticut|utah|texas|oregon)\s+(?:residents|consumers|users|customers)\b/;

/** The regions (named as in the DPA's residency) where the draft says its users, callers or operations are. */
export function readRegionsServed(contract: Contract, sentences: readonly ScannedSentence[]): string[] {
  const found: string[] = [];
  const add = (name: string): void => { if (!found.includes(name)) found.push(name); };
  for (const s of sentences) {
    if (!PEOPLE.test(s.lower) || OTHER_REASON.test(s.lower)) continue;
    if (US_STATE.test(s.lower)) add('United States');
    for (const [pattern, name] of REGIONS) {
      const global = new RegExp(pattern.source, 'g');
      for (let m = global.exec(s.lower); m !== null; m = global.exec(s.lower)) {
        const before = s.lower.slice(Math.max(0, m.index - 60), m.index);
        if (!IN_PLACE.test(before) || DATA_PLACE.test(before.slice(-40))) continue;
        // "US", "EU" and "UK" in capitals only: "us" is a pronoun.
        if (m[0].length <= 3 && contract.normalized.slice(s.span.start + m.index, s.span.start + m.index + m[0].length) !== m[0].toUpperCase()) continue;
        add(name);
      }
    }
  }
  return found;
}
