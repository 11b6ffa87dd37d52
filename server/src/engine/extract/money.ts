// Amounts of money: "$5,000", "USD 5,000", "US$1,000,000", "$1.2 million",
// "EUR 10,000", "€500", "5,000 dollars", "one thousand dollars ($1,000)".
import type { MoneyFact } from '../model';
import { currencyBefore, currencyWordAt } from './markers';
import type { NumberHit } from './numbers';
import { inline, type Tokens } from './tokens';

/** Reads an amount at each number with a currency before, inside or after it; marks the hits it used. */
export function scanMoney(t: Tokens, hits: readonly NumberHit[], used: Uint8Array): MoneyFact[] {
  const money: MoneyFact[] = [];
  hits.forEach((hit, index) => {
    if (used[index] || hit.percent) return;
    const before = currencyBefore(t, hit.first);
    let end = hit.end;
    let currency = hit.currency ?? before?.currency;
    if (!currency) {
      const after = inline(t, hit.end - 1) ? currencyWordAt(t, hit.end) : null;
      if (!after) return;
      currency = after.currency;
      end = after.end;
    }
    used[index] = 1;
    const start = before ? t.start[before.first] : hit.fact.span.start;
    money.push({ span: { start, end: t.end[end - 1] }, amount: hit.fact.value, currency });
  });
  return money;
}
