import type { Contract } from '../model';
import type { KeyTerms } from '../keyTerms/types';
import type { Playbook } from '../playbook/schema';
import { clauseTemplate, DEFAULT_CLAUSES } from '../playbook/clauseLibrary';
import { roleOfName } from '../semantics/parties';

// The shipped clause templates speak of "Customer", "Provider", "the Service",
// "customer data" and "Service Credits". Inserted into a draft, a clause must
// use that draft's own defined terms ("Client", "Vendor", "the Hosted
// Platform", "Client Content") and never lean on a term the draft does not
// define or a right it does not grant. A playbook's own clause is the team's
// wording and is inserted as written.

export interface DraftContext {
  readonly contract: Contract;
  readonly keyTerms: KeyTerms;
  readonly playbook: Pick<Playbook, 'clauses'>;
}

/** The template for `id` in the draft's own words; undefined when the library has no such template. */
export function draftClause(context: DraftContext, id: string): string | undefined {
  const text = clauseTemplate(context.playbook, id);
  if (text === undefined || context.playbook.clauses[id] !== undefined || DEFAULT_CLAUSES[id] === undefined) return text;
  return inDraftTerms(text, context);
}

/** The draft's words for what the templates name generically. */
interface DraftTerms {
  readonly customer: string | null;
  readonly provider: string | null;
  readonly service: string | null;
  readonly data: string | null;
  readonly credits: string | null;
}

const SERVICE_TERMS = /^(?:the )?(?:hosted |cloud |subscription |saas |online )?(?:services?|platform|solution|hosted platform|subscription services?|cloud services?)$/i;
const DATA_TERMS = /^(?:customer|client|licensee|subscriber|buyer|company) (?:data|content|materials|personal data)$/i;

function readDraftTerms(contract: Contract): DraftTerms {
  const defined = [...new Set(contract.definedTerms.map((t) => t.term.trim()))];
  const byRole = (role: 'customer' | 'provider') => defined.find((t) => t.split(/\s+/).length === 1 && /^[A-Z]/.test(t) && roleOfName(t) === role) ?? null;
  const data = defined.filter((t) => DATA_TERMS.test(t));
  const credits = defined.find((t) => /^(?:service )?credits?$/i.test(t)) ?? null;
  return {
    customer: byRole('customer'),
    provider: byRole('provider'),
    service: defined.find((t) => SERVICE_TERMS.test(t)) ?? null,
    // "Customer Data" over "Customer Personal Data": the wider term is what an export or location clause covers.
    data: data.find((t) => !/personal/i.test(t)) ?? data[0] ?? null,
    credits: credits ? plural(credits) : null,
  };
}

function inDraftTerms(template: string, { contract, keyTerms }: DraftContext): string {
  const terms = readDraftTerms(contract);
  const lower = contract.normalized.toLowerCase();
  let text = template;
  // Rights the draft does not grant are not referred to.
  if (!keyTerms.sla?.chronicFailureExit) text = text.replace(/, including the right to terminate for chronic failure/g, '');
  if (keyTerms.exit?.postTerminationAccessDays == null) text = text.replace(/after the end of the post-termination access period/g, 'after this Agreement ends');
  if (!/\border forms?\b/.test(lower)) text = text.replace(/at the rates set out in the Order Form/g, 'at rates agreed in writing in advance');
  if (contract.kind !== 'dpa') text = text.replace(/\bthis DPA\b/g, 'this Agreement');

  // Terms: the draft's defined words for data, the service, credits and the parties.
  if (terms.data) text = text.replace(/\bcustomer data\b/gi, terms.data);
  if (terms.service) {
    const service = terms.service.replace(/^the /i, '');
    // "the Services" takes a plural verb: "If the Services miss", not "misses".
    const plural = /s$/i.test(service);
    text = text.replace(/\bthe Service\b(?! Credit)( (?:misses|is|has)\b)?/g, (_all, verb: string | undefined) => {
      const agreed = verb && plural ? ({ ' misses': ' miss', ' is': ' are', ' has': ' have' } as Record<string, string>)[verb] ?? verb : verb ?? '';
      return `the ${service}${agreed}`;
    });
  }
  text = text.replace(/\bService Credits\b/g, terms.credits ?? (/\bservice credits?\b/.test(lower) ? 'service credits' : 'credits'));
  if (terms.customer && terms.customer !== 'Customer') text = text.replace(/\bCustomer\b/g, terms.customer);
  if (terms.provider && terms.provider !== 'Provider') text = text.replace(/\bProvider\b/g, terms.provider);
  // A clause may now open with a lower-case word ("service credits are …").
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function plural(term: string): string {
  return /s$/i.test(term) ? term : `${term}s`;
}
