import type { Contract, Span } from '../../model';
import { grantsAct, isRefusal, mainClauses, readSentence, refusesAct } from '../../semantics';
import { sentencesWithCue } from '../cueSentences';

// Telephone numbers at the end: a contact centre cannot leave without the
// numbers its customers dial. Whether porting is granted or refused ("Provider
// will not port …", "numbers may not be transferred") comes from the clause
// layer; only keeping the numbers as the vendor's property is read from words.

export interface NumberPortingTerms {
  /** The sentence that grants or refuses porting, or the first that mentions the numbers. */
  readonly span: Span;
  /** yes: the numbers can be ported out; no: the vendor keeps them or refuses to port; unstated: the draft does not say. */
  readonly portable: 'yes' | 'no' | 'unstated';
}

const NUMBER_CUE = /\b(?:telephone|phone|dids?|toll[- ]free|direct\s+(?:inward\s+)?dial|geographic|inbound|dial-in)\s+numbers?\b|\bport(?:s|ing|ed|ability|able)?\b/gi;
const NUMBERS = /\b(?:telephone|phone|dids?|toll[- ]free|direct\s+(?:inward\s+)?dial|geographic|inbound|dial-in)\s+numbers?\b|\bnumbers?\b/;
const PORTING = /^(?:be\s+)?(?:port|transfer|releas|move|migrat)/;
const PORT_WORD = /\bport(?:s|ing|ed|ability|able)?\b/;
/** Numbers the service gives the customer (not a person's "telephone number" in a notice clause). */
const SERVICE_NUMBERS = /\b(?:telephone|phone|dids?|toll[- ]free|direct\s+(?:inward\s+)?dial)\s+numbers?\s+(?:\S+\s+){0,6}?(?:assigned|provided|allocated|issued|made\s+available|ported|provisioned)\b|\b(?:assign|provid|allocat|issu|provision)\w*\s+(?:\S+\s+){0,4}?(?:telephone|phone|dids?|toll[- ]free)\s+numbers?\b|\bdids?\b|\bnumber\s+port/;
/** The vendor keeps the numbers: they "remain the property of" it, or it "retains all rights in" them. */
const KEPT = /\bnumbers?\s+(?:\S+\s+){0,8}?(?:remain|are|is|shall\s+(?:be|remain)|will\s+(?:be|remain))\s+(?:the\s+)?(?:sole\s+|exclusive\s+)?property\s+of\s+(?:the\s+)?(?:provider|vendor|supplier|company|carrier|licensor)|\b(?:provider|vendor|supplier|licensor)\s+(?:shall\s+|will\s+)?retains?\s+(?:\S+\s+){0,8}?numbers?\b|\bnon-?portable\b/;

export function readNumberPorting(contract: Contract): NumberPortingTerms | null {
  let mentioned: Span | null = null;
  let granted: Span | null = null;
  for (const { sentence, lower } of sentencesWithCue(contract, NUMBER_CUE)) {
    if (!NUMBERS.test(lower)) continue;
    if (KEPT.test(lower)) return { span: sentence.span, portable: 'no' };
    const service = SERVICE_NUMBERS.test(lower);
    if (!service && !PORT_WORD.test(lower)) continue;
    if (service) mentioned ??= sentence.span;
    const clauses = mainClauses(readSentence(contract, sentence));
    if (clauses.some((c) => refusesPorting(c))) return { span: sentence.span, portable: 'no' };
    if (!granted && clauses.some((c) => grantsPorting(c))) granted = sentence.span;
  }
  if (granted) return { span: granted, portable: 'yes' };
  return mentioned ? { span: mentioned, portable: 'unstated' } : null;
}

function aboutNumbers(clause: ReturnType<typeof mainClauses>[number]): boolean {
  return NUMBERS.test(`${clause.subject.text} ${clause.object}`);
}

function refusesPorting(clause: ReturnType<typeof mainClauses>[number]): boolean {
  return aboutNumbers(clause) && (refusesAct(clause, PORTING) || (isRefusal(clause) && PORT_WORD.test(clause.lower) && /^(?:be|have|support|allow|permit|provide|offer)/.test(clause.verb)));
}

function grantsPorting(clause: ReturnType<typeof mainClauses>[number]): boolean {
  if (!aboutNumbers(clause) || isRefusal(clause)) return false;
  return grantsAct(clause, PORTING, { obligations: true }) || (PORT_WORD.test(clause.lower) && clause.modality !== 'statement');
}
