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
      message: `The DPA${where} applies "${contract.text.slice(span.start, span.end)}": the vendor can change it without the buyer's signature.`,
      facts: { mutable: true, incorporatedByUrl: dpa.incorporatedByUrl },
      fixes: [deletePhrase(contract.text, span)],
    }];
  },
};

/** Removes the "as updated from time to time" words, with the comma before them. */
function deletePhrase(text: string, span: Span): Fix {
  let start = span.start;
  while (start > 0 && text[start - 1] === ' ') start--;
  if (text[start - 1] === ',') start--;
  else start = span.start;
  let end = span.end;
  if (start === span.start) while (text[end] === ' ') end++;
  return { title: 'Fix the DPA to the signed version (delete the "as updated" words)', edits: [{ span: { start, end }, newText: '' }], safe: false };
}
