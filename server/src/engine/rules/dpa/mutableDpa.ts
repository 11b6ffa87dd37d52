import type { Rule, RuleFinding } from '../../rule';
import type { Fix, Span } from '../../model';

export const mutableDpa: Rule = {
  meta: {
    id: 'dpa/mutable-dpa',
    family: 'dpa',
    title: 'DPA the vendor can change on its own',
    defaultSeverity: 'warning',
    why: 'A DPA incorporated "as updated from time to time" lets the vendor rewrite its data-protection promises after signature, for example adding subprocessors or lengthening breach notice, without the buyer agreeing.',
    askFor: 'The DPA version signed with the agreement, attached or referenced by date, changed only by a written amendment signed by both parties.',
    appliesTo: ['msa', 'dpa', 'order-form', 'unknown'],
  },
  check({ contract, keyTerms }): RuleFinding[] {
    const dpa = keyTerms.dpa;
    const span = dpa?.spans.mutable;
    if (!dpa?.mutable || !span) return [];
    const where = dpa.incorporatedByUrl ? ` (${dpa.incorporatedByUrl})` : '';
    return [{
      span,
      message: `The DPA${where} is incorporated "${contract.text.slice(span.start, span.end)}": the vendor can change it without the buyer's signature.`,
      facts: { mutable: true, incorporatedByUrl: dpa.incorporatedByUrl },
      fixes: fixFor(contract.text, span),
    }];
  },
};

/**
 * "as updated from time to time" goes, with the comma before it; "current
 * version" becomes the version in effect at signature. Other wordings ("may
 * update this DPA") need a rewrite the user writes, so no fix is offered.
 */
function fixFor(text: string, span: Span): Fix[] {
  const phrase = text.slice(span.start, span.end).toLowerCase();
  if (/^as\s/.test(phrase)) {
    let start = span.start;
    while (start > 0 && text[start - 1] === ' ') start--;
    if (text[start - 1] === ',') start--;
    else start = span.start;
    return [{ title: 'Fix the DPA to the signed version (delete the "as updated" words)', edits: [{ span: { start, end: span.end }, newText: '' }], safe: false }];
  }
  if (/current\s+version$/.test(phrase)) {
    return [{ title: 'Fix the DPA to the version in effect on the Effective Date', edits: [{ span, newText: 'version in effect on the Effective Date' }], safe: false }];
  }
  return [];
}
