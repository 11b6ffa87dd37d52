// Shared by the extractor tables: facts turned into plain rows with the text
// their spans cover, so each expectation reads like the draft.
import type { Span } from '../../../server/src/engine/model';
import { extractFacts } from '../../../server/src/engine/extract';

export function textOf(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}

export function factsOf(text: string) {
  const facts = extractFacts(text);
  return {
    numbers: facts.numbers.map((n) => ({
      text: textOf(text, n.span), value: n.value,
      ...(n.words ? { words: [textOf(text, n.words.span), n.words.value] as const } : {}),
      ...(n.digits ? { digits: [textOf(text, n.digits.span), n.digits.value] as const } : {}),
    })),
    durations: facts.durations.map((d) => ({
      text: textOf(text, d.span), value: d.value, unit: d.unit, unitText: textOf(text, d.unitSpan),
      ...(d.recurring ? { recurring: true } : {}),
    })),
    percents: facts.percents.map((p) => ({ text: textOf(text, p.span), value: p.value })),
    money: facts.money.map((m) => ({ text: textOf(text, m.span), amount: m.amount, currency: m.currency })),
    dates: facts.dates.map((d) => ({ text: textOf(text, d.span), iso: d.iso })),
    raw: facts,
  };
}
