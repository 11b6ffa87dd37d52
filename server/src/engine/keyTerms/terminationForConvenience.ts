import type { Contract, Span } from '../model';
import { toDays, within } from '../facts';
import { sentencesWithCue } from './cueSentences';
import type { TerminationForConvenienceTerms } from './commercialTypes';

// A right to end the agreement without cause: "for convenience", "without cause",
// "for any reason", or a bare "may terminate this Agreement upon ninety (90) days'
// written notice" with no breach, insolvency or other event attached.

const CUE = /\bterminat|\bcancel/gi;
const EXPLICIT = /\bfor\s+(?:its\s+|their\s+|his\s+|her\s+)?(?:own\s+)?convenience\b|\bwithout\s+(?:any\s+)?(?:cause|reason)\b|\bwith\s+or\s+without\s+(?:cause|reason)\b|\bfor\s+any\s+(?:or\s+no\s+)?reason\b|\bfor\s+no\s+reason\b|\bwithout\s+(?:the\s+)?need\s+to\s+(?:give|state|show)\s+(?:a\s+)?(?:cause|reason)|\buntil\s+(?:either|any|one)\s+party\s+(?:\S+\s+){0,10}?notice\b|\bunilateral\s+right\b/;
// Discretion alone says who decides, not that no cause is needed: read like a bare right, so "if" or "in the event of" still makes it one for cause.
const DISCRETION = /\b(?:its|their|his|her)\s+(?:sole\s+|absolute\s+|unfettered\s+|own\s+)?(?:and\s+(?:absolute|sole)\s+)?discretion\b|\bat\s+(?:its|their)\s+option\b/;
const MAY_END = /\bmay,\s+(?:\S+\s+){0,14}?(?:terminated?\b|cancel(?:l?ed)?\b)|\b(?:may|shall\s+(?:have\s+the\s+right|be\s+entitled)\s+to|will\s+have\s+the\s+right\s+to|has\s+the\s+right\s+to|is\s+entitled\s+to|right\s+to)\s+(?:\S+\s+){0,8}?(?:terminated?\b|cancel(?:l?ed)?\b)|\b(?:desires?|wish(?:es)?|elects?|chooses?)\s+to\s+terminate\b|\bright\b[^.;]{0,80}?\band\s+to\s+terminate\b|\bmay\s+be\s+terminated\b|\bmay\s+be\s+cancell?ed\b|\bterminable\b|(?<!non-)\bcancell?able\b|\buntil\s+(?:either|any|one)\s+party\s+(?:\S+\s+){0,10}?notice\b/;
const BY_NOTICE = /\b(?:upon|on|by|with|after|giving|given|following)\s+(?:\S+\s+){0,8}?notice\b|\bnotice\s+(?:\S+\s+){0,3}?(?:to|of)\b/;
// Words that make the termination one for cause, not convenience.
const FOR_CAUSE = /\bif\b|\bwith\s+cause\b|\bfor\s+[\"']?cause\b|\bimmediately\b|\bpursuant\s+to\b|\bend\s+of\s+life\b|\bassign|\breject|\bbreach|\bdefault|\binsolv|\bbankrupt|\bfails?\b|\bfailure|\bviolat|\bchange\s+(?:of|in)\s+control|\bforce\s+majeure|\bif\s+(?:the\s+)?(?:other|either|any)\b|\bin\s+the\s+event\s+(?:of|that)\b|\bupon\s+the\s+occurrence|\bif\s+\w+\s+(?:is|has|does|shall|becomes|ceases|no\s+longer)|\bunless\b|\bcure\b|\bnot\s+(?:be\s+)?(?:entitled|permitted)|\bmay\s+not\b|\b(?:at|after|following|on)\s+(?:the\s+)?expir(?:ation|y)\s+of|\bnon-?renew|\bnot\s+to\s+renew|\bprior\s+to\s+the\s+end\s+of\s+(?:the|any|each)\s+(?:initial|renewal|then)|\bin\s+the\s+event\b|\bupon\s+(?:the\s+)?(?:receipt|dissolution|termination|expiration|occurrence|completion)\b/;
// What is ended may be the agreement or a part of it (CUAD counts a statement of work or a participation), but not orders,
// a licensee's exclusivity or payment terms.
const NOT_THE_AGREEMENT = /^(?:\S+\s+){0,3}?(?:orders?|purchase\s+orders?|(?:\S+\s+)?exclusivity|payment\s+terms|the\s+subagency|this\s+section)\b|^or\s+modify\b/;
const PASSIVE_END = /\bbe\s+(?:terminated|cancell?ed)\b|\bterminable\b|(?<!non-)\bcancell?able\b|\buntil\s+(?:either|any|one)\s+party\b/;
// The end of the sentence's first alternative: "(i) upon thirty (30) days notice, or (ii) immediately … if …".
const NEXT_ALTERNATIVE = /;|\(ii\)|\(b\)|\bor\s+\(?ii\)?|\bor\s+immediately\b/;

export function readTerminationForConvenience(contract: Contract): TerminationForConvenienceTerms | null {
  let first: Omit<TerminationForConvenienceTerms, 'sentences'> | null = null;
  const sentences: Span[] = [];
  for (const { sentence, lower } of sentencesWithCue(contract, CUE)) {
    const end = MAY_END.exec(lower);
    if (!end) continue;
    const object = lower.slice(end.index + end[0].length, end.index + end[0].length + 80).replace(/^\w*\s*/, '');
    if (!PASSIVE_END.test(lower) && NOT_THE_AGREEMENT.test(object)) continue;
    const denied = /\bfor\s+cause\s+only|\bimmediately\s+for\s+cause\b|\bmay\s+not\s+be\s+terminated|\bnot\s+(?:\S+\s+){0,3}?(?:for\s+(?:its\s+own\s+)?convenience|without\s+cause)/.test(lower);
    const explicit = EXPLICIT.test(lower) && !denied;
    const bare = !explicit && (BY_NOTICE.test(lower) || DISCRETION.test(lower)) && !FOR_CAUSE.test(firstAlternative(lower, end.index));
    if (!explicit && !bare) continue;
    sentences.push(sentence.span);
    if (first) continue;
    const notice = within(contract.facts.durations, sentence.span).find((d) => d.unit !== 'hour');
    first = { span: sentence.span, party: partyOf(lower), noticeDays: notice ? toDays(notice) : null };
  }
  return first ? { ...first, sentences } : null;
}

/** The words that condition the right: all before it, and after it up to the next alternative ("; or (ii) immediately if…"). */
function firstAlternative(lower: string, at: number): string {
  const after = lower.slice(at);
  const stop = after.search(NEXT_ALTERNATIVE);
  // Only a first alternative that is a whole right on notice stands alone; a list of causes is read whole.
  if (stop < 0 || !BY_NOTICE.test(after.slice(0, stop))) return lower;
  return lower.slice(0, at + stop);
}

function partyOf(lower: string): TerminationForConvenienceTerms['party'] {
  const at = lower.search(MAY_END);
  const before = lower.slice(Math.max(0, at - 80), at);
  if (/\b(?:either|any|each)\s+party|\bthe\s+parties|\bboth\s+parties|\bmay\s+be\s+terminated\s+by\s+(?:either|any)/.test(lower.slice(Math.max(0, at - 80), at + 60))) return 'either';
  if (/\b(?:customer|client|buyer|licensee|subscriber|purchaser)\b/.test(before)) return 'customer';
  if (/\b(?:provider|vendor|supplier|licensor|seller|contractor)\b/.test(before)) return 'provider';
  return 'named';
}
