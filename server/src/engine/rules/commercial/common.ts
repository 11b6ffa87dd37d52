import type { DocumentKind, Fix, Span } from '../../model';
import type { RuleContext } from '../../rule';
import { draftClause } from '../draftClause';

/** The commercial rules read the deal's paper: the master agreement and its order forms (and drafts the review cannot type). */
export const COMMERCIAL_KINDS: readonly DocumentKind[] = ['msa', 'order-form', 'unknown'];

/** A suggestion that adds template `clauseId` right after the sentence `after` (the clause the finding is about). */
export function appendTemplateFix(context: RuleContext, after: Span, clauseId: string, title: string): Fix[] {
  const text = draftClause(context, clauseId);
  if (!text) return [];
  return [{ title, edits: [{ span: { start: after.end, end: after.end }, newText: ` ${text}` }], safe: false }];
}

/** The sentence as written, cut to a length a message can quote. */
export function quote(context: RuleContext, span: Span, max = 90): string {
  const text = context.contract.text.slice(span.start, span.end).replace(/\s+/g, ' ').trim();
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

export function money(amount: number, currency: string | null): string {
  return `${currency ? `${currency} ` : ''}${amount.toLocaleString('en-US')}`;
}

/** A suggestion that puts template `clauseId` in place of the sentence `span`. */
export function replaceWithTemplate(context: RuleContext, span: Span, clauseId: string, title: string): Fix[] {
  const text = draftClause(context, clauseId);
  return text ? [{ title, edits: [{ span, newText: text }], safe: false }] : [];
}
