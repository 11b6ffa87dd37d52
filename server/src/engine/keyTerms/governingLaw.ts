import type { Contract } from '../model';
import { sentencesWithCue } from './cueSentences';
import type { GoverningLawTerms } from './commercialTypes';
import { knownPlace } from './places';

// Which jurisdiction's law governs the agreement: "governed by the laws of the
// State of New York", "the laws and court decisions of the State of Ohio", "laws,
// other than choice of law rules, of the state of Florida", "construed under
// Delaware law", "English law". The place is read from the original text as the
// capitalised words after an "of" near the word "law", skipping "the State of".

const CUE = /\bgovern(?:ed|ing)\b|\bconstrued\b|\binterpreted\b|\blaws?\s+of\b/gi;
const GOVERNS = /\bgovern(?:s|ed)\b|\bconstrued\b|\binterpreted\b|\benforced\s+in\s+accordance|\bsubject\s+to\s+the\s+laws?\b/;
const PLACE_PREFIX = /^(?:the\s+)?(?:(?:state|commonwealth|province|canton|federal\s+republic|kingdom)\s+of\s+)?(?:the\s+)?/i;
// Words that can sit inside a place name: "England and Wales", "People's Republic of China".
const JOINERS = new Set(['of', 'and', 'the', 'da', 'de']);
// Capitalised words that end a place in ALL-CAPS text: "NEW YORK WITHOUT REGARD TO…".
const STOPS = new Set(['without', 'applicable', 'excluding', 'except', 'as', 'in', 'to', 'regardless', 'notwithstanding', 'including', 'governing', 'that', 'which', 'for', 'shall', 'will', 'is', 'are', 'with', 'other', 'than', 'exclusive', 'provided', 'by', 'or', 'u.s.a', 'usa', 'excluding', 'irrespective', 'but']);
const NOT_PLACES = /^(?:this|such|said|any|that|each|its|which|agreement|party|parties|united states(?: of america)?|america|federal|u\.?s\.?a?\.?|section|article|exhibit|schedule|annex|appendix|clause|paragraph|[a-z])\b/i;
// "a corporation organized under the laws of the State of Delaware" names a party's home, not the governing law.
const INCORPORATION = /\b(?:organi[sz]ed|incorporated|existing|formed|chartered|registered|established)\b/;

const ABOUT_AGREEMENT = /\b(?:this|the)\s+(?:agreement|contract)\b|\bhereunder\b|\bhereof\b|\bhereto\b/;

// Weaker wording, read only when no sentence uses the usual verbs: "The laws of the State of New York … govern",
// "controlled by the laws of", "in accordance with the laws of", "the laws of Germany shall apply".
const GOVERNS_WEAKLY = /\bgovern\b|\bcontrolled\s+by\b|\bin\s+accordance\s+with\s+(?:the\s+)?laws?\b|\bmade\s+under\b|\bshall\s+apply\b|\bapplication\s+of\s+the\s+laws?\b/;

export function readGoverningLaw(contract: Contract): GoverningLawTerms | null {
  const sentences = sentencesWithCue(contract, CUE);
  // Weak wording often names the law before its verb ("The laws of X … govern"), so that pass reads the whole sentence.
  return readWith(contract, sentences, GOVERNS, 40) ?? readWith(contract, sentences, GOVERNS_WEAKLY, Infinity);
}

function readWith(contract: Contract, sentences: ReturnType<typeof sentencesWithCue>, verbs: RegExp, lookBack: number): GoverningLawTerms | null {
  let fallback: GoverningLawTerms | null = null;
  for (const { sentence, lower } of sentences) {
    const governs = verbs.exec(lower);
    if (!governs || !/\blaws?\b/.test(lower)) continue;
    // Start after "governed by" so a heading run into the sentence ("Governing Law; Service of Process: …") is not read as the place.
    const from = Math.max(0, governs.index - lookBack);
    const text = contract.text.slice(sentence.span.start + from, sentence.span.end);
    const jurisdiction = placeIn(text, lower.slice(from)) ?? stateNamedEarlier(contract.text.slice(sentence.span.start, sentence.span.end), lower);
    if (!jurisdiction) continue;
    if (ABOUT_AGREEMENT.test(lower)) return { jurisdiction, span: sentence.span };
    fallback ??= { jurisdiction, span: sentence.span };
  }
  return fallback;
}

/** "made in the State of California and … governed by the laws thereof": the state the sentence named before. */
function stateNamedEarlier(text: string, lower: string): string | null {
  if (!/\blaws\s+thereof\b|\b(?:that|such|said)\s+state\b/.test(lower)) return null;
  const state = /\b(?:state|commonwealth|province)\s+of\s/.exec(lower);
  const place = state ? collect(text, state.index) : null;
  return place ? knownPlace(place.place) ?? place.place : null;
}

function placeIn(text: string, lower: string): string | null {
  const candidates: Array<{ at: number; place: string }> = [];
  // An "of" within a few words after "law": "laws of", "laws and decisions of", "law, other than choice of law rules, of".
  for (let law = lower.search(/\blaws?\b/), n = 0; law >= 0 && n < 8; n++) {
    const window = lower.slice(law, law + 80);
    for (let of = window.indexOf(' of '); of >= 0; of = window.indexOf(' of ', of + 1)) {
      const at = law + of + 4;
      if (INCORPORATION.test(lower.slice(Math.max(0, law - 50), law))) break;
      const place = collect(text, at);
      if (place && !NOT_PLACES.test(place.place)) candidates.push(place);
    }
    const state = /\b(?:state|commonwealth|province)\s+of\s/.exec(window);
    if (state && !INCORPORATION.test(lower.slice(Math.max(0, law - 50), law))) {
      const place = collect(text, law + state.index);
      if (place && !NOT_PLACES.test(place.place)) candidates.push(place);
    }
    const next = lower.slice(law + 3).search(/\blaws?\b/);
    law = next < 0 ? -1 : law + 3 + next;
  }
  // "governed by Ohio law", "English law", "the PRC Law".
  for (let i = lower.indexOf(' law'); i >= 0; i = lower.indexOf(' law', i + 1)) {
    const words = text.slice(Math.max(0, i - 30), i).split(/\s+/).filter(Boolean);
    for (const size of [3, 2, 1]) {
      const name = words.slice(-size).join(' ').replace(/^[("]+/, '');
      const place = knownPlace(name);
      if (place) { candidates.push({ at: i - name.length, place }); break; }
    }
  }
  if (candidates.length === 0) return null;
  candidates.sort((a, b) => a.at - b.at);
  return knownPlace(candidates[0].place) ?? candidates[0].place;
}

/** Capitalised words from `from`: "the State of New York, without…" → "New York". */
function collect(text: string, from: number): { at: number; place: string } | null {
  const rest = text.slice(from, from + 120);
  const lead = /^\s*/.exec(rest)?.[0].length ?? 0;
  const prefix = PLACE_PREFIX.exec(rest.slice(lead));
  const start = lead + (prefix?.[0].length ?? 0);
  let place = '';
  let pendingJoin = '';
  for (const word of rest.slice(start).split(/(\s+)/)) {
    if (word === '' || /^\s+$/.test(word)) { if (place) pendingJoin += ' '; continue; }
    const clean = word.replace(/[,;:.)("\]]+$/, '');
    const stop = clean !== word;
    if (STOPS.has(clean.toLowerCase())) break;
    if (/^[A-Z][A-Za-z'\u2019.-]*$/.test(clean) && !JOINERS.has(clean.toLowerCase())) {
      place += (place ? pendingJoin : '') + clean;
      pendingJoin = '';
    } else if (place && JOINERS.has(clean.toLowerCase()) && !stop) {
      pendingJoin += clean;
    } else break;
    if (stop) break;
  }
  return place ? { at: from + start, place: place.replace(/\s+/g, ' ').trim() } : null;
}
