import type { Contract, Span } from '../model';
import { toDays, within } from '../facts';
import { sentencesWithCue } from './cueSentences';
import type { TerminationForConvenienceTerms } from './commercialTypes';

// A right to end the agreement without cause: "for convenience", "without cause",
// "for any reason", or a bare "may terminate this Agreement upon ninety (90) days'
// written notice" with no breach, insolvency or other event attached.

const CUE = /\bterminat|\bcancel/gi;
const EXPLICIT = /\bfor\s+(?:its\s+|their\s+|his\s+|her\s+)?(?:own\s+)?convenience\b|\bwithout\s+(?:any\s+)?(?:cause|reason)\b|\bwith\s+or\s+without\s+(?:cause|reason)\b|\bfor\s+any\s+(?:or\s+no\s+)?reason\b|\bfor\s+no\s+reason\b|\bwithout\s+(?:the\s+)?need\s+to\s+(?:give|state|show)\s+(?:a\s+)?(?:cause|reason)|\b(?:its|their)\s+(?:sole\s+|absolute\s+|unfettered\s+|own\s+)(?:and\s+absolute\s+)?discretion\b|\buntil\s+(?:either|any|one)\s+party\s+(?:\S+\s+){0,10}?notice\b|\bunilateral\s+right\b/;
const MAY_END = /\bmay,\s+(?:\S+\s+){0,5}?(?:terminat|cancel)|\b(?:may|shall\s+(?:have\s+the\s+right|be\s+entitled)\s+to|will\s+have\s+the\s+right\s+to|has\s+the\s+right\s+to|is\s+entitled\s+to|right\s+to)\s+(?:\S+\s+){0,4}?(?:terminat|cancel)|\bmay\s+be\s+terminated\b|\bmay\s+be\s+cancell?ed\b|\bterminable\b|\bcancell?able\b|\buntil\s+(?:either|any|one)\s+party\s+(?:\S+\s+){0,10}?notice\b/;
const BY_NOTICE = /\b(?:upon|on|by|with|after|giving|given|following)\s+(?:\S+\s+){0,8}?notice\b|\bnotice\s+(?:\S+\s+){0,3}?(?:to|of)\b/;
// Words that make the termination one for cause, not convenience.
const FOR_CAUSE = /\bif\b|\bwith\s+cause\b|\bfor\s+[\"']?cause\b|\bimmediately\b|\bpursuant\s+to\b|\bend\s+of\s+life\b|\bassign|\breject|\bbreach|\bdefault|\binsolv|\bbankrupt|\bfails?\b|\bfailure|\bviolat|\bchange\s+(?:of|in)\s+control|\bforce\s+majeure|\bif\s+(?:the\s+)?(?:other|either|any)\b|\bin\s+the\s+event\s+(?:of|that)\b|\bupon\s+the\s+occurrence|\bif\s+\w+\s+(?:is|has|does|shall|becomes|ceases|no\s+longer)|\bunless\b|\bcure\b|\bnot\s+(?:be\s+)?(?:entitled|permitted)|\bmay\s+not\b|\bexpir(?:ation|y)\s+of|\bnon-?renew|\bnot\s+to\s+renew|\bprior\s+to\s+the\s+end\s+of\s+(?:the|any|each)\s+(?:initial|renewal|then)/;

export function readTerminationForConvenience(contract: Contract): TerminationForConvenienceTerms | null {
  let first: Omit<TerminationForConvenienceTerms, 'sentences'> | null = null;
  const sentences: Span[] = [];
  for (const { sentence, lower } of sentencesWithCue(contract, CUE)) {
    if (!MAY_END.test(lower)) continue;
    const denied = /\bfor\s+cause\s+only|\bmay\s+not\s+be\s+terminated|\bnot\s+(?:\S+\s+){0,3}?(?:for\s+(?:its\s+own\s+)?convenience|without\s+cause)/.test(lower);
    const explicit = EXPLICIT.test(lower) && !denied;
    const bare = !explicit && BY_NOTICE.test(lower) && !FOR_CAUSE.test(lower);
    if (!explicit && !bare) continue;
    sentences.push(sentence.span);
    if (first) continue;
    const notice = within(contract.facts.durations, sentence.span).find((d) => d.unit !== 'hour');
    first = { span: sentence.span, party: partyOf(lower), noticeDays: notice ? toDays(notice) : null };
  }
  return first ? { ...first, sentences } : null;
}

function partyOf(lower: string): TerminationForConvenienceTerms['party'] {
  const at = lower.search(MAY_END);
  const before = lower.slice(Math.max(0, at - 80), at);
  if (/\b(?:either|any|each)\s+party|\bthe\s+parties|\bboth\s+parties|\bmay\s+be\s+terminated\s+by\s+(?:either|any)/.test(lower.slice(Math.max(0, at - 80), at + 60))) return 'either';
  if (/\b(?:customer|client|buyer|licensee|subscriber|purchaser)\b/.test(before)) return 'customer';
  if (/\b(?:provider|vendor|supplier|licensor|seller|contractor)\b/.test(before)) return 'provider';
  return 'named';
}
