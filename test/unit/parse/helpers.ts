import type { Contract, Span } from '../../../server/src/engine/model';

export function textOf(contract: Contract, span: Span): string {
  return contract.text.slice(span.start, span.end);
}

export function allSentences(contract: Contract): string[] {
  return contract.clauses.flatMap((c) => c.sentences.map((s) => textOf(contract, s.span)));
}
