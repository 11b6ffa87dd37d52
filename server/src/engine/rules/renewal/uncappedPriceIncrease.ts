import type { Rule, RuleFinding } from '../../rule';
import type { Fix } from '../../model';
import { within } from '../../facts';
import { percentPhrase } from '../wording';

export const uncappedPriceIncrease: Rule = {
  meta: {
    id: 'renewal/uncapped-price-increase',
    family: 'renewal',
    title: 'Renewal price increases not capped',
    defaultSeverity: 'warning',
    why: 'Once the buyer depends on the platform, the vendor sets the renewal price. Without a cap, "then-current" pricing or an open right to raise fees lets the price jump exactly when switching is hardest.',
    askFor: 'A fixed cap on any increase per renewal term (for example the lesser of 5% and CPI), with notice well before the non-renewal deadline.',
    appliesTo: ['msa', 'order-form', 'unknown'],
  },
  check({ contract, keyTerms, playbook }): RuleFinding[] {
    const price = keyTerms.priceIncrease;
    const max = playbook.renewal.maxPriceIncreasePercent;
    if (!price || (price.capPercent !== null && price.capPercent <= max)) return [];
    const facts = { capPercent: price.capPercent, thenCurrentPricing: price.thenCurrentPricing, indexLinked: price.indexLinked, maxPriceIncreasePercent: max };
    const allowed = `your playbook caps increases at ${max}%`;

    if (price.capPercent !== null) {
      const percent = within(contract.facts.percents, price.span).find((p) => p.value === price.capPercent);
      const newText = percent ? percentPhrase(contract, max) : null;
      return [{
        span: percent?.span ?? price.span,
        message: `Price increases are capped at ${price.capPercent}%; ${allowed}.`,
        facts,
        fixes: percent && newText ? [{ title: `Lower the cap to ${newText}`, edits: [{ span: percent.span, newText }], safe: false }] : [],
      }];
    }
    const what = price.thenCurrentPricing
      ? 'Renewal terms are priced at the vendor\'s then-current rates, with no cap'
      : price.indexLinked
        ? 'Price increases follow an index with no fixed ceiling'
        : 'The vendor may raise prices with no stated cap';
    return [{ span: price.span, message: `${what}; ${allowed}.`, facts, fixes: [capSentence(contract, price.span.end, max)] }];
  },
};

function capSentence(contract: Parameters<typeof percentPhrase>[0], at: number, max: number): Fix {
  const sentence = ` Any increase in the fees for a renewal term shall not exceed ${percentPhrase(contract, max)} of the fees for the term before it.`;
  return { title: `Add a ${max}% cap on renewal increases`, edits: [{ span: { start: at, end: at }, newText: sentence }], safe: false };
}
