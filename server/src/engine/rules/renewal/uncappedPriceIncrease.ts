// PLACEHOLDER (being replaced): the export name and id are fixed.
import type { Rule } from '../../rule';

export const uncappedPriceIncrease: Rule = {
  meta: { id: 'renewal/uncapped-price-increase', family: 'renewal', title: 'uncapped-price-increase', defaultSeverity: 'warning', why: '', askFor: '', appliesTo: ['msa', 'order-form', 'unknown'] },
  check: () => [],
};
