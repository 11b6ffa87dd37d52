import type { Contract } from '../../model';
import { mainClauses, readSentence, refusesAct } from '../../semantics';
import { sentencesWithCue } from '../cueSentences';
import type { AddOnTerms } from './types';

// Modules priced outside the quoted fees: the AI, workforce management,
// analytics or extra channels a contact centre will need, each at a price the
// order form does not show. A total-cost note, not a defect: each module is
// listed once, at the first sentence that prices it separately.

const SEPARATELY_PRICED = /\badditional\s+(?:\S+\s+)?(?:fees?|charges?|costs?)\b|\bat\s+(?:an\s+)?(?:additional|extra|separate)\s+(?:\S+\s+)?(?:fee|charge|cost|price)|\bseparate(?:ly)?\s+(?:priced|charged|billed|purchased|licen[cs]ed|fees?|charges?|subscriptions?)\b|\bnot\s+included\s+in\s+(?:the\s+)?(?:\S+\s+){0,2}?(?:fees?|subscription|price|pricing)\b|\bextra\s+(?:fees?|charges?|costs?)\b|\badd-?ons?\b|\boptional\s+(?:modules?|features?|products?)\b|\b(?:priced|charged|billed|sold|licen[cs]ed|purchased|available)\s+separately\b/gi;

const MODULES: readonly (readonly [string, RegExp])[] = [
  ['AI', /\b(?:ai|artificial\s+intelligence|generative|virtual\s+agents?|chat\s?bots?|bots?|copilot|machine\s+learning)\b/],
  ['workforce management', /\bworkforce\s+(?:management|engagement|optimi[sz]ation)|\bwfm\b|\bwfo\b|\bscheduling\s+(?:module|tools?)\b|\bforecasting\s+(?:module|tools?)\b/],
  ['analytics', /\banalytics\b|\breporting\s+(?:module|package|suite)\b|\bdashboards?\b/],
  ['quality management', /\bquality\s+(?:management|monitoring|assurance)\b/],
  ['speech and text analytics', /\b(?:speech|text|interaction)\s+analytics\b|\btranscription\b/],
  ['additional channels', /\b(?:sms|whatsapp|social\s+media|web\s?chat|chat|e-?mail|video|messaging)\s+channels?\b|\badditional\s+channels?\b|\bdigital\s+channels?\b/],
  ['call recording storage', /\brecording\s+(?:storage|retention)|\bstorage\s+of\s+(?:call\s+)?recordings/],
  ['premium support', /\bpremium\s+support\b|\benhanced\s+support\b|\bdedicated\s+(?:support|technical\s+account\s+manager|csm)\b/],
];

/** A refused charge ("shall not be charged for analytics") is no add-on. */
const CHARGING = /^(?:be\s+)?(?:charg|bill|invoic|pay|cost|pric)/;

export function readAddOns(contract: Contract): AddOnTerms[] {
  const found: AddOnTerms[] = [];
  for (const { sentence, lower } of sentencesWithCue(contract, SEPARATELY_PRICED)) {
    const reading = readSentence(contract, sentence);
    if (mainClauses(reading).some((c) => refusesAct(c, CHARGING))) continue;
    for (const [name, pattern] of MODULES) {
      if (pattern.test(lower) && !found.some((a) => a.name === name)) found.push({ span: sentence.span, name });
    }
  }
  return found.sort((a, b) => a.span.start - b.span.start);
}
