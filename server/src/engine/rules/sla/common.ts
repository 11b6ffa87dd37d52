import type { Contract, DocumentKind, Fix, Span } from '../../model';
import type { SlaTerms } from '../../keyTerms/sla/types';
import { draftClause, type DraftContext } from '../draftClause';
import { insertClauseAfterSection } from '../insertClause';
import { lowerText, stems, textMentions } from '../../keyTerms/sentenceIndex';

/** SLA rules read SLA exhibits and whole agreements; order forms and DPAs carry no service levels of their own. */
export const SLA_KINDS: readonly DocumentKind[] = ['msa', 'sla', 'unknown'];

const HOSTED = /\bhosted\b|\bcloud\b|\bsoftware[- ]as[- ]a[- ]service|\bsaas\b|\bsubscription services?\b|\bplatform\b|\bccaas\b|\bcontact cent(?:er|re)|\bonline services?\b|\bweb[- ]based/;

/** One literal word from each alternative of HOSTED: without any, the pattern cannot match. */
const HOSTED_STEMS = stems('hosted', 'cloud', 'software', 'saas', 'subscription', 'platform', 'ccaas', 'contact', 'online', 'web');

/** The agreement is for a service the vendor runs, so an availability promise belongs in it. */
export function isHostedService(contract: Contract): boolean {
  return contract.kind === 'sla' || (textMentions(contract, HOSTED_STEMS) && HOSTED.test(lowerText(contract)));
}

const COMMUNICATIONS = /\bvoice\b|\baudio\b|\bvideo\b|\bsms\b|\btelephon|\bcontact[- ]cent(?:er|re)|\bccaas\b|\bivr\b|\breal[- ]time\b|\bomnichannel\b|\bnetwork\s+availability\b|\blatency\b|\bcall\s+(?:set-?up|quality|recording|routing|centre|center)|\bphone\s+calls?\b/;
const COMMUNICATIONS_STEMS = stems('voice', 'audio', 'video', 'sms', 'telephon', 'contact', 'ccaas', 'ivr', 'real', 'omnichannel', 'network', 'latency', 'call', 'phone');

/** The service carries calls, audio, video or messages in real time, where quality is measured beyond uptime. */
export function isRealTimeCommunications(contract: Contract): boolean {
  return textMentions(contract, COMMUNICATIONS_STEMS) && COMMUNICATIONS.test(lowerText(contract));
}

/** The draft has service levels worth reviewing: a figure (or its placeholder), an efforts promise or credits. */
export function hasServiceLevels(sla: SlaTerms | null): sla is SlaTerms {
  return sla !== null && (sla.uptimePercent !== null || sla.uptimeStatedElsewhere !== null || sla.commitment !== 'none' || sla.credits.length > 0 || sla.maxCreditPercent !== null);
}

/** Where a "missing" finding points: the SLA section's heading, else the SLA's first sentence. */
export function missingSpan(contract: Contract, sla: SlaTerms): Span {
  return contract.headings[sla.headingIndex]?.span ?? sla.span;
}

/** A fix that adds the library's clause at the end of the SLA section; null when the library has no such template. */
export function insertTemplateFix(context: DraftContext, sla: SlaTerms, templateId: string, title: string): Fix | null {
  const text = draftClause(context, templateId);
  if (!text) return null;
  return { title, edits: [insertClauseAfterSection(context.contract, sla.headingIndex, text)], safe: false };
}
